// A writer for crashSafety.test.ts, run as its own process and killed with SIGKILL at random moments. It imports a
// generated GeoJSON of N plots through the real import service (import.run), saving inspections before and after,
// and prints one ACK line after each write has committed: the test then finds every acknowledged write.
// Usage: tsx crashWriter.ts DB_FILE PREFIX PLOTS INSPECTIONS_BEFORE INSPECTIONS_AFTER
import { join } from 'node:path';
import { dispatchAsync } from '../../electron/api/dispatch';
import type { HandlerDeps } from '../../electron/api/handlers';
import { openLandDatabase } from '../../electron/db/open';
import { loadEmbeddedDataset } from '../../electron/dataset';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { generatedGeoJson } from './generatedPlots';
import { notStartedInspection } from '../fixtures/inspectionDraft';
const APP_ROOT = join(import.meta.dirname, '..', '..');

const TODAY = '2026-11-27';
const [file = '', prefix = 'X', plotsArg = '1000', beforeArg = '5', afterArg = '1000'] = process.argv.slice(2);

async function call(deps: HandlerDeps, method: string, input: unknown): Promise<unknown> {
  const r = await dispatchAsync(deps, method, input, () => {});
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

async function main(): Promise<void> {
  const now = () => new Date(`${TODAY}T08:00:00Z`);
  const { db } = openLandDatabase(file, { loadDataset: () => loadEmbeddedDataset(APP_ROOT), ruleSets: [CLIENT_REPORT_RULE_SET], now });
  const deps: HandlerDeps = { db, now, transport: 'http', databasePath: file, version: 'crash-test' };
  const plotId = (db.prepare('SELECT plot_id AS id FROM contracts ORDER BY plot_id LIMIT 1').get() as { id: string }).id;
  const content = Buffer.from(generatedGeoJson(prefix, Number(plotsArg)), 'utf8').toString('base64');
  let k = 0;
  const inspect = async () => {
    const form = (await call(deps, 'inspections.form', { plotId, asOf: TODAY })) as { contractVersion: number };
    const notes = `${prefix}-inspection-${k++}`;
    await call(deps, 'inspections.save', notStartedInspection({ plotId, contractVersion: form.contractVersion, inspectedAt: `${TODAY}T09:30`, inspector: '崩溃测试', notes }));
    process.stdout.write(`ACK inspection ${notes}\n`);
  };
  process.stdout.write('READY\n');
  for (let i = 0; i < Number(beforeArg); i++) await inspect();
  const result = (await call(deps, 'import.run', { fileName: `${prefix}.geojson`, contentBase64: content })) as { created: number; rejected: number; applied: boolean };
  if (!result.applied || result.rejected > 0) throw new Error(`import refused: ${JSON.stringify(result).slice(0, 500)}`);
  process.stdout.write(`ACK import ${prefix} ${result.created}\n`);
  for (let i = 0; i < Number(afterArg); i++) await inspect();
  db.close();
  process.stdout.write('DONE\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
