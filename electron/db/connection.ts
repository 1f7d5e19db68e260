import Database from 'better-sqlite3';

export type Db = Database.Database;

export type Durability = 'FULL' | 'NORMAL';

export interface OpenOptions {
  readonly?: boolean;
  /** Decisions and audit rows need FULL; bulk imports may choose NORMAL for the duration of the import. */
  synchronous?: Durability;
}

/** Every connection is opened the same way: WAL, explicit synchronous, foreign keys on, a busy timeout. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
