import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, postApi, startAppServer, type AppServer } from '../e2e/appServer';
import { generatedGeoJson, generatedImport } from './generatedPlots';
import { countIn } from './tempDb';

interface Restored {
  plots: number;
  zones: number;
  schemaVersionBefore: number;
  schemaVersion: number;
  previous: string | null;
}

/** Restore through the API of a running `serve` (the UI's path): the live connection is closed, replaced and reopened. */
describe('backup.restore over HTTP', () => {
  let server: AppServer;
  let dbFile: string;
  const plotsNow = async () => (await callApi<unknown[]>(server, 'plots.list', { asOf: '2026-11-27' })).length;
  const rawCall = (method: string, input: unknown) => postApi(server, method, input);
  const importPlots = (prefix: string, n: number) => callApi(server, 'import.run', generatedImport(prefix, n));

  beforeAll(async () => {
    server = await startAppServer();
    dbFile = (await callApi<{ databasePath: string }>(server, 'app.info', {})).databasePath;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('brings the data back to the backup and keeps the previous database aside', async () => {
    const backup = await callApi<{ contentBase64: string; schemaVersion: number }>(server, 'backup.create', {});
    const atBackup = countIn(dbFile, 'SELECT count(*) AS n FROM plots');
    await importPlots('AFTER', 5);
    expect(countIn(dbFile, 'SELECT count(*) AS n FROM plots')).toBe(atBackup + 5);
    const listedBefore = await plotsNow();

    const r = await callApi<Restored>(server, 'backup.restore', { fileName: 'backup.sqlite', contentBase64: backup.contentBase64 });
    expect(r.plots).toBe(atBackup);
    expect(r.schemaVersion).toBe(backup.schemaVersion);
    expect(r.zones).toBeGreaterThan(0);
    // The running server answers from the restored file, on a fresh connection (no stale cached map data).
    expect(await plotsNow()).toBe(listedBefore - 5);
    expect(countIn(dbFile, "SELECT count(*) AS n FROM plots WHERE parcel_no LIKE 'AFTER-%'")).toBe(0);
    expect(r.previous).toMatch(/\.before-restore-/);
    expect(existsSync(r.previous ?? '')).toBe(true);
    expect(countIn(r.previous ?? '', "SELECT count(*) AS n FROM plots WHERE parcel_no LIKE 'AFTER-%'")).toBe(5);
    // And it keeps working: an import after the restore writes to the restored database.
    await importPlots('AGAIN', 2);
    expect(countIn(dbFile, "SELECT count(*) AS n FROM plots WHERE parcel_no LIKE 'AGAIN-%'")).toBe(2);
  });

  it('refuses a file that is not SQLite, or a cut one, naming it; the live database is untouched', async () => {
    const before = countIn(dbFile, 'SELECT count(*) AS n FROM plots');
    const audit = countIn(dbFile, 'SELECT count(*) AS n FROM audit_log');
    const text = await rawCall('backup.restore', { fileName: 'notes.txt', contentBase64: Buffer.from('这不是数据库 / not a database'.repeat(200)).toString('base64') });
    expect(text.status).toBe(400);
    expect(text.body.error?.message).toMatch(/^notes\.txt: not a SQLite database/);
    expect(text.body.error?.messageZh).toMatch(/^notes\.txt：不是 SQLite 数据库文件/);
    const backup = await callApi<{ contentBase64: string }>(server, 'backup.create', {});
    const cut = Buffer.from(backup.contentBase64, 'base64').subarray(0, 8192);
    const truncated = await rawCall('backup.restore', { fileName: 'cut.sqlite', contentBase64: cut.toString('base64') });
    expect(truncated.status).toBe(400);
    expect(truncated.body.error?.message).toMatch(/^cut\.sqlite: /);
    expect(countIn(dbFile, 'SELECT count(*) AS n FROM plots')).toBe(before);
    expect(countIn(dbFile, 'SELECT count(*) AS n FROM audit_log')).toBe(audit);
    expect(await plotsNow()).toBeGreaterThan(0);
  });

  it('is refused while an import job runs', async () => {
    const backup = await callApi<{ contentBase64: string }>(server, 'backup.create', {});
    const { jobId } = await callApi<{ jobId: string }>(server, 'import.start', { fileName: 'big.geojson', contentBase64: Buffer.from(generatedGeoJson('BUSY', 60_000)).toString('base64') });
    const refused = await rawCall('backup.restore', { fileName: 'backup.sqlite', contentBase64: backup.contentBase64 });
    expect(refused.body.error?.code).toBe('conflict');
    expect(refused.body.error?.message).toContain('an import is running');
    expect(refused.body.error?.messageZh).toContain('正在导入数据');
    await callApi(server, 'import.cancel', { jobId });
  });
});
