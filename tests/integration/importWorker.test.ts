import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { writeSetting } from '../../electron/db/settings';
import { importFile } from '../../electron/services/import/importFile';
import type { ParseProgress } from '../../electron/services/import/parseMessages';
import { ImportCancelledError } from '../../electron/services/import/importErrors';
import { parseInWorker } from '../../electron/services/import/parseInWorker';
import { FileReadError } from '../../shared/import/table';
import { IMPORT_FIXTURES, importFixture, runCli } from './runCli';
import { seededForSuite, TEST_NOW } from './seededDb';

const NOW = new Date(TEST_NOW);
const count = (db: Db, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('file parsing in a worker thread with a time limit', () => {
  let db: Db;
  const tmp = seededForSuite((opened) => (db = opened));

  it('parses a zipped Shapefile off the calling thread and reports its stages', async () => {
    const stages: ParseProgress[] = [];
    const table = await parseInWorker('zone38_gbk.zip', importFixture('zone38_gbk.zip'), { timeoutMs: 30_000, onProgress: (p) => stages.push(p) });
    expect(table.records).toHaveLength(3);
    expect(table.encoding).toBe('gbk (cpg)');
    expect(stages.map((s) => s.stage)).toEqual(['unzip', 'shp', 'dbf', 'done']);
    expect(stages.at(-1)?.total).toBe(3);
  });

  it('stops a parser stuck in a loop at the time limit and names the file', async () => {
    const started = Date.now();
    const hang = parseInWorker('cut.zip', importFixture('damaged_truncated.zip'), { timeoutMs: 1500, workerUrl: pathToFileURL(join(IMPORT_FIXTURES, 'hangingParser.mjs')) });
    await expect(hang).rejects.toThrow(FileReadError);
    await expect(hang).rejects.toThrow(/^cut\.zip: reading the file took longer than 1\.5 s and was stopped/);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
  });

  it('cancels a running parse when its signal aborts', async () => {
    const controller = new AbortController();
    const hang = parseInWorker('cut.zip', importFixture('damaged_truncated.zip'), { timeoutMs: 60_000, signal: controller.signal, workerUrl: pathToFileURL(join(IMPORT_FIXTURES, 'hangingParser.mjs')) });
    setTimeout(() => controller.abort(), 200);
    await expect(hang).rejects.toThrow(ImportCancelledError);
  });

  it('passes a damaged file’s reader error through as a clear refusal', async () => {
    await expect(parseInWorker('damaged_truncated.zip', importFixture('damaged_truncated.zip'), { timeoutMs: 30_000 })).rejects.toThrow(/zip: damaged or incomplete archive/);
    await expect(parseInWorker('damaged_dbf_cut.zip', importFixture('damaged_dbf_cut.zip'), { timeoutMs: 30_000 })).rejects.toThrow(FileReadError);
  });

  it('an import whose parse overruns the configured limit is refused and writes nothing', async () => {
    const before = [count(db, 'plots'), count(db, 'audit_log')];
    writeSetting(db, 'import.parameters', { parseTimeoutSeconds: 0.001 });
    try {
      await expect(importFile(db, { fileName: 'zone38_gbk.zip', bytes: importFixture('zone38_gbk.zip'), dryRun: false, partial: false, now: NOW, actor: 'test' })).rejects.toThrow(
        /zone38_gbk\.zip: reading the file took longer than 0\.001 s/,
      );
    } finally {
      writeSetting(db, 'import.parameters', {});
    }
    expect([count(db, 'plots'), count(db, 'audit_log')]).toEqual(before);
    const ok = await importFile(db, { fileName: 'zone38_gbk.zip', bytes: importFixture('zone38_gbk.zip'), dryRun: true, partial: false, now: NOW, actor: 'test' });
    expect(ok.created).toBe(3);
  });

  it('the CLI prints the parse stages for people and refuses a damaged zip in seconds', () => {
    const human = runCli(['import', join(IMPORT_FIXTURES, 'zone38_gbk.zip'), '--dry-run', '--lang', 'en', '--db', tmp.file('cli.sqlite')]);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('zone38_gbk.zip: reading attributes (.dbf) (3 records)');
    const started = Date.now();
    const bad = runCli(['import', join(IMPORT_FIXTURES, 'damaged_truncated.zip'), '--json', '--db', tmp.file('cli.sqlite')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('damaged_truncated.zip: zip: damaged or incomplete archive');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
