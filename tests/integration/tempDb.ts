import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A fresh folder in the system temp dir; remove() deletes it. */
export function tempDir(prefix = 'land-test-'): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a database file read-only for `work` (beside whatever else has it open), then closes it. */
export function readOnly<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The `n` of a `SELECT count(*) AS n …` on a database file, read-only. */
export function countIn(file: string, sql: string): number {
  return readOnly(file, (db) => (db.prepare(sql).get() as { n: number }).n);
}
