import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeDataset } from '../../data/generator/large';
import { loadEmbeddedDataset } from '../../electron/dataset';
import { runBrowserBench } from './browser.bench';
import { runComputeBench } from './compute.bench';
import { runImportBench } from './import.bench';
import { runReportBench } from './report.bench';
import type { BenchLine } from './measure';

// `npm run bench`: one JSON line per figure {name, value, unit, baseline, ratio, target?, meetsTarget?}.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const count = Number(process.env.BENCH_PLOTS ?? 100_000);
const emit = (l: BenchLine) => process.stdout.write(`${JSON.stringify(l)}\n`);

const base = loadEmbeddedDataset(appRoot);
const ds = largeDataset(base, count);
// The import and the browser figures first: they time other processes (the CLI, Chromium), and the compute
// figures' garbage (V8 collects it on background threads) would otherwise compete with them for the two cores.
if (!process.argv.includes('--no-import')) {
  const tmp = mkdtempSync(join(tmpdir(), 'land-bench-import-'));
  try {
    await runImportBench(ds, appRoot, (name) => join(tmp, name), emit);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (!process.argv.includes('--no-browser')) {
  const tmp = mkdtempSync(join(tmpdir(), 'land-bench-'));
  try {
    await runBrowserBench(ds, { ...base, plots: [], batches: [] }, appRoot, (name) => join(tmp, name), emit);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
runComputeBench(ds, JSON.stringify(ds.plots), emit);
if (!process.argv.includes('--no-browser')) await runReportBench(appRoot, emit);
