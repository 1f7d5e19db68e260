import { rmSync } from 'node:fs';
import { openDatabase, type Db } from '../../db/connection';
import { schemaVersion } from '../../db/migrate';

export interface BackupResult {
  out: string;
  pages: number;
  schemaVersion: number;
  integrity: 'ok';
}

export function integrityOf(db: Db): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/** SQLite's online backup (consistent while the app keeps writing), then an integrity check of the copy; a bad copy is deleted. */
export async function backupDatabase(db: Db, out: string): Promise<BackupResult> {
  const progress = await db.backup(out);
  // One self-contained file: the copy inherits WAL mode, which would leave -wal/-shm beside it.
  const copy = openDatabase(out);
  let integrity: string;
  let version: number;
  try {
    copy.pragma('journal_mode = DELETE');
    integrity = integrityOf(copy);
    version = schemaVersion(copy);
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') {
    rmSync(out, { force: true });
    throw new Error(`backup copy failed its integrity check: ${integrity}`);
  }
  return { out, pages: progress.totalPages, schemaVersion: version, integrity: 'ok' };
}
