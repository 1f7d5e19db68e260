import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import type { Dataset } from '../../shared/schemas/seed';
import { bboxOf } from '../../shared/domain/geometry';
import { openLandDatabase } from '../../electron/db/open';
import { writeSetting } from '../../electron/db/settings';
import { exportPlots } from '../../electron/services/export/exportPlots';
import { line, type Emit } from './measure';

const OGR2OGR = '/usr/bin/ogr2ogr';
const TIME = '/usr/bin/time';

function open(file: string, ds: Dataset) {
  return openLandDatabase(file, { loadDataset: () => ds, ruleSets: [CLIENT_REPORT_RULE_SET], now: () => new Date() }).db;
}

/** Runs a command; wall time in ms and, with GNU time, its peak resident set in MB. */
function timed(cmd: string, args: string[]): { ms: number; peakMb: number | null; code: number | null; stdout: string; stderr: string } {
  const withTime = existsSync(TIME);
  const t0 = performance.now();
  const r = spawnSync(withTime ? TIME : cmd, withTime ? ['-f', 'peak-kb %M', cmd, ...args] : args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 600_000 });
  const ms = performance.now() - t0;
  const kb = /peak-kb (\d+)/.exec(r.stderr ?? '')?.[1];
  return { ms, peakMb: kb === undefined ? null : Number(kb) / 1024, code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * `import` of N plots from GeoJSON by the real CLI into a database with the zones but no plots, against GDAL
 * `ogr2ogr -f GPKG` of the same file (when installed; baseline null otherwise) and a bare JSON.parse of it.
 */
export async function runImportBench(ds: Dataset, appRoot: string, tmp: (name: string) => string, emit: Emit): Promise<void> {
  const source = open(tmp('import-source.sqlite'), ds);
  const file = tmp('plots.geojson');
  try {
    const out = await exportPlots(source, { format: 'geojson', lang: 'zh', now: new Date(`${ds.meta.referenceDate}T08:00:00Z`) });
    writeFileSync(file, out.bytes);
  } finally {
    source.close();
  }
  const target = tmp('import-target.sqlite');
  const empty = open(target, { ...ds, plots: [] });
  // The synthetic province spreads beyond Puyang's plausible box, and 100k features parse longer than the default
  // limit: both are settings (import.parameters), set here as a bureau importing province data would.
  const [minLon, minLat, maxLon, maxLat] = ds.plots.map((p) => bboxOf(p.geometry)).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
  writeSetting(empty, 'import.parameters', { parseTimeoutSeconds: 900, bounds: { minLon: minLon - 0.1, minLat: minLat - 0.1, maxLon: maxLon + 0.1, maxLat: maxLat + 0.1 } });
  empty.close();
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const features = (JSON.parse(text) as { features: unknown[] }).features.length;
  const parseMs = performance.now() - t0;
  const sizeMb = statSync(file).size / 1024 / 1024;

  const node = process.execPath;
  // As `npm run cli` runs it: one process, tsx as an --import hook.
  const cli = ['--import', pathToFileURL(join(appRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, join(appRoot, 'electron', 'cli', 'main.ts')];
  const ours = timed(node, [...cli, 'import', file, '--json', '--db', target]);
  if (ours.code !== 0) throw new Error(`import exited ${ours.code}: ${ours.stderr.slice(0, 2000)}`);
  const created = (JSON.parse(ours.stdout) as { created: number }).created;
  if (created !== features) throw new Error(`import created ${created} of ${features} plots`);
  const gdal = existsSync(OGR2OGR) ? timed(OGR2OGR, ['-f', 'GPKG', tmp('plots.gpkg'), file]) : null;
  if (gdal && gdal.code !== 0) throw new Error(`ogr2ogr exited ${gdal.code}: ${gdal.stderr.slice(0, 2000)}`);

  const name = `import ${features} plots from GeoJSON (${sizeMb.toFixed(0)} MB, CLI process)`;
  // Without GDAL the baseline is NaN, which the JSON line prints as null (baseline and ratio).
  emit(line(name, ours.ms, 'ms', gdal ? 'ogr2ogr -f GPKG of the same file' : 'ogr2ogr not installed', gdal ? gdal.ms : NaN, gdal ? 1.5 * gdal.ms : undefined));
  emit(line(`${name}, against parsing alone`, ours.ms, 'ms', 'JSON.parse of the same file', parseMs));
  if (ours.peakMb !== null) emit(line(`import ${features} plots: peak RSS`, ours.peakMb, 'MB', gdal?.peakMb != null ? 'ogr2ogr peak RSS' : 'limit', gdal?.peakMb ?? 1024, 1024));
}
