import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BackupParameters, DEFAULT_BACKUP_PARAMETERS } from '../../shared/settings/backupParameters';
import type { Db } from './connection';
import { readSetting } from './settings';

/** How many automatic backups to keep (settings key `backup.parameters`); older ones are deleted after each new one. */
export const BACKUP_PARAMETERS_KEY = 'backup.parameters';

export type BackupReason = 'migration' | 'import';

/** `<folder of the database>/backups/`, beside the database so a restore never crosses disks. */
export function backupsDir(dbFile: string): string {
  return join(dirname(dbFile), 'backups');
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
const NAME = /^(.+)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-(migration|import)(-\d+)?\.sqlite$/;

export interface AutomaticBackup {
  file: string;
  takenAt: string;
  reason: BackupReason;
}

/** The automatic backups of this database, newest first. */
export function listAutomaticBackups(dbFile: string): AutomaticBackup[] {
  const dir = backupsDir(dbFile);
  if (!existsSync(dir)) return [];
  const base = basename(dbFile);
  const found: (AutomaticBackup & { sequence: number })[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m || m[1] !== base) continue;
    found.push({ file: join(dir, name), takenAt: m[2] ?? '', reason: m[3] as BackupReason, sequence: Number(m[4]?.slice(1) ?? 1) });
  }
  found.sort((a, b) => (a.takenAt === b.takenAt ? b.sequence - a.sequence : a.takenAt < b.takenAt ? 1 : -1));
  return found.map(({ sequence: _sequence, ...b }) => b);
}

function keepSetting(db: Db): number {
  try {
    return (readSetting(db, BACKUP_PARAMETERS_KEY, BackupParameters) ?? DEFAULT_BACKUP_PARAMETERS).keep;
  } catch {
    return DEFAULT_BACKUP_PARAMETERS.keep; // no settings table yet (a very old file) or a damaged value
  }
}

/**
 * A consistent copy of the database as it is now, taken synchronously with VACUUM INTO (so handlers stay synchronous
 * and no write can slip in between). Written under a temporary name and renamed: a copy cut short by a crash is
 * never mistaken for a backup. Not for in-memory databases. Must not be called inside a transaction.
 */
export function takeAutomaticBackup(db: Db, reason: BackupReason, now: Date): AutomaticBackup | null {
  const dbFile = db.name;
  if (db.memory || dbFile === '' || dbFile === ':memory:') return null;
  const dir = backupsDir(dbFile);
  mkdirSync(dir, { recursive: true });
  // Two backups in the same millisecond (or under a fixed test clock) get -2, -3…, above any kept one of that time.
  const sameTime = listAutomaticBackups(dbFile).filter((b) => b.takenAt === stamp(now) && b.reason === reason).length;
  let file = join(dir, `${basename(dbFile)}-${stamp(now)}-${reason}${sameTime === 0 ? '' : `-${sameTime + 1}`}.sqlite`);
  for (let i = sameTime + 2; existsSync(file); i++) file = join(dir, `${basename(dbFile)}-${stamp(now)}-${reason}-${i}.sqlite`);
  // Copies cut short by a crash never got their final name: clear them.
  for (const name of readdirSync(dir)) if (name.endsWith('.sqlite.partial')) rmSync(join(dir, name), { force: true });
  const partial = `${file}.partial`;
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, file);
  for (const old of listAutomaticBackups(dbFile).slice(keepSetting(db))) rmSync(old.file, { force: true });
  return { file, takenAt: stamp(now), reason };
}
