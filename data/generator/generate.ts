/** `npm run data:generate`: writes data/seed/dataset.json (validated, compact, byte-identical on every run). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../../shared/schemas/seed';
import { generateDataset } from './dataset';
import { summarise } from './summary';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'seed', 'dataset.json');
const dataset = Dataset.parse(generateDataset());
mkdirSync(dirname(out), { recursive: true });
const json = `${JSON.stringify(dataset)}\n`;
writeFileSync(out, json);
console.log(`wrote ${out}: ${dataset.zones.length} zones, ${dataset.batches.length} batches, ${dataset.plots.length} plots, ${(json.length / 1024).toFixed(0)} KiB`);
for (const { zone, aggregate: a } of summarise(dataset)) {
  const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(2));
  console.log(
    `${zone.shortName}\tplots ${a.plotCount}\tplot ratio ${fmt(a.plotRatio)}\ttax ${fmt(a.taxPerMu)} 万元/亩\t` +
      `compliant/noncompliant/incomplete ${a.compliant}/${a.noncompliant}/${a.incomplete}\tidle ${a.idleCount}`,
  );
}
