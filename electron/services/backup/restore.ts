import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/connection';
import { latestSchemaVersion, migrate, schemaVersion } from '../../db/migrate';
import { assertLocalPath } from '../../db/networkPath';
import { SaidError } from '../../api/errors';
import { integrityOf } from './backup';

/** The backup file is not one we can restore: the message says why, in English and in Chinese. */
export class BackupInputError extends SaidError {}

export interface RestoreResult {
  restored: string;
  previous: string | null;
  schemaVersionBefore: number;
  schemaVersionAfter: number;
}

/** Checks a backup before anything is touched: a SQLite file, intact, of our schema (not newer), with plots and zones. */
export function validateBackup(file: string): number {
  if (!existsSync(file)) throw new BackupInputError(`${file}: no such file`, `${file}：文件不存在`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupInputError(`${file}: cannot open (${(e as Error).message})`, `${file}：无法打开（${(e as Error).message}）`);
  }
  try {
    let integrity: string;
    try {
      integrity = integrityOf(db);
    } catch (e) {
      throw new BackupInputError(`${file}: not a SQLite database (${(e as Error).message})`, `${file}：不是 SQLite 数据库文件（${(e as Error).message}）`);
    }
    if (integrity !== 'ok') throw new BackupInputError(`${file}: integrity check failed: ${integrity}`, `${file}：完整性检查未通过：${integrity}`);
    const version = schemaVersion(db);
    if (version > latestSchemaVersion()) throw new BackupInputError(`${file}: schema version ${version} is newer than this app (${latestSchemaVersion()}); update the app first`, `${file}：数据库结构版本 ${version} 高于本程序（${latestSchemaVersion()}），请先升级程序`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    for (const t of ['plots', 'zones']) if (!tables.has(t)) throw new BackupInputError(`${file}: not a backup of this app (no ${t} table)`, `${file}：不是本系统的备份（缺少 ${t} 表）`);
    return version;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `target` by the backup: the current file is kept aside (…before-restore-<time>), the restored one migrated.
 * `checked` is the schema version a validateBackup of this same file already gave (the UI checks before closing the live
 * connection), so its integrity check, a read of the whole file, is not run twice.
 */
export function restoreDatabase(backup: string, target: string, now: Date, checked?: number): RestoreResult {
  assertLocalPath(target);
  const before = checked ?? validateBackup(backup);
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    let checkpointed = true;
    try {
      const live = openDatabase(target);
      live.pragma('wal_checkpoint(TRUNCATE)');
      live.close();
    } catch {
      checkpointed = false; // a damaged file (the usual reason to restore): keep its -wal/-shm aside with it
    }
    renameSync(target, previous);
    for (const ext of ['-wal', '-shm']) {
      if (!checkpointed && existsSync(`${target}${ext}`)) renameSync(`${target}${ext}`, `${previous}${ext}`);
      else rmSync(`${target}${ext}`, { force: true });
    }
  }
  const staging = `${target}.restoring`;
  try {
    copyFileSync(backup, staging);
    const db = openDatabase(staging);
    try {
      migrate(db);
      const integrity = integrityOf(db);
      if (integrity !== 'ok') throw new Error(`restored database failed its integrity check: ${integrity}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    renameSync(staging, target);
  } catch (e) {
    for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true });
    if (previous) {
      renameSync(previous, target);
      for (const ext of ['-wal', '-shm']) if (existsSync(`${previous}${ext}`)) renameSync(`${previous}${ext}`, `${target}${ext}`);
    }
    throw e;
  }
  const check = new Database(target, { readonly: true });
  const after = schemaVersion(check);
  check.close();
  return { restored: target, previous, schemaVersionBefore: before, schemaVersionAfter: after };
}
