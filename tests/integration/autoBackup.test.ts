import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/api/dispatch';
import { BACKUP_PARAMETERS_KEY, listAutomaticBackups } from '../../electron/db/autoBackup';
import { openDatabase } from '../../electron/db/connection';
import { DatabaseDamagedError } from '../../electron/db/damaged';
import { MIGRATIONS } from '../../electron/db/migrations';
import { writeSetting } from '../../electron/db/settings';
import { testDeps } from './apiCall';
import { generatedImport } from './generatedPlots';
import { runCli } from './runCli';
import { openSeeded, openSeededAtSchema } from './seededDb';
import { readOnly, tempDir } from './tempDb';

const t = tempDir('land-autobackup-');
const file = t.file('land.sqlite');
afterAll(() => t.remove());

const plotCount = (path: string) => readOnly(path, (db) => (db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n);
const latest = Math.max(...MIGRATIONS.map((m) => m.version));

async function importPlots(prefix: string, n: number): Promise<void> {
  const { db } = openSeeded(file);
  try {
    const deps = testDeps(db, file);
    const r = await dispatchAsync(deps, 'import.run', generatedImport(prefix, n));
    expect(r).toMatchObject({ ok: true, data: { created: n, applied: true } });
  } finally {
    db.close();
  }
}

describe('automatic backups and the start-up check', () => {
  it('backs up an installed database before migrating it, at its old schema', () => {
    openSeededAtSchema(file, 3).close();
    openSeeded(file).db.close();
    const backups = listAutomaticBackups(file);
    expect(backups.map((b) => b.reason)).toEqual(['migration']);
    expect(readOnly(backups[0]?.file ?? '', (db) => db.pragma('user_version', { simple: true }))).toBe(3);
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latest);
    openSeeded(file).db.close(); // nothing left to migrate: no new backup
    expect(listAutomaticBackups(file)).toHaveLength(1);
  });

  it('backs up before each import and keeps the last N (a setting)', async () => {
    const seeded = plotCount(file);
    await importPlots('A', 30);
    expect(listAutomaticBackups(file).map((b) => b.reason)).toEqual(['import', 'migration']);
    expect(plotCount(listAutomaticBackups(file)[0]?.file ?? '')).toBe(seeded);
    const db = openDatabase(file);
    writeSetting(db, BACKUP_PARAMETERS_KEY, { keep: 2 });
    db.close();
    await importPlots('B', 20);
    await importPlots('C', 10);
    const kept = listAutomaticBackups(file);
    expect(kept.map((b) => b.reason)).toEqual(['import', 'import']);
    expect(kept.map((b) => plotCount(b.file))).toEqual([seeded + 50, seeded + 30]);
    expect(plotCount(file)).toBe(seeded + 60);
  });

  it('refuses a damaged database at start-up, names the newest backup and the command that restores it', () => {
    const newest = listAutomaticBackups(file)[0]?.file ?? '';
    const expected = plotCount(newest);
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    // Garbage over the second quarter of the file: b-tree pages of the big tables, not the header.
    writeSync(fd, Buffer.alloc(Math.floor(size / 4), 0x5a), 0, Math.floor(size / 4), Math.floor(size / 4));
    closeSync(fd);
    let error: unknown;
    try {
      openSeeded(file).db.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    const message = (error as Error).message;
    expect(message).toContain('damaged');
    expect(message).toContain(`restore "${newest}" --db "${file}"`);

    const cli = runCli(['summary', '--json', '--db', file]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(newest);

    const restored = runCli(['restore', newest, '--db', file, '--json']);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const { previous } = JSON.parse(restored.stdout) as { previous: string };
    expect(existsSync(previous)).toBe(true);
    openSeeded(file).db.close();
    expect(plotCount(file)).toBe(expected);
    expect(readOnly(file, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
  });
});
