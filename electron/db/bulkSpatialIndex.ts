import type { Db } from './connection';

const INSERT_TRIGGER = 'plots_rtree_insert';

/**
 * Starts a bulk insert of plots whose R*Tree is filled once at the end instead of row by row through its trigger: at
 * 100k plots the trigger's interleaved R*Tree writes cost over a second, one INSERT … SELECT afterwards a quarter of
 * that. Must run inside the caller's transaction, so a rollback (or a crash) restores the dropped trigger with the
 * rows. The returned function fills the R*Tree for the rows inserted since, and puts the trigger back.
 */
export function deferSpatialIndex(db: Db): () => void {
  if (!db.inTransaction) throw new Error('deferSpatialIndex must run inside a transaction');
  const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(INSERT_TRIGGER) as { sql: string } | undefined;
  if (!trigger) return () => undefined;
  const { last } = db.prepare('SELECT coalesce(max(rowid), 0) AS last FROM plots').get() as { last: number };
  db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  return () => {
    db.prepare('INSERT INTO plots_rtree SELECT rowid, min_lon, max_lon, min_lat, max_lat FROM plots WHERE rowid > ? AND min_lon IS NOT NULL').run(last);
    db.exec(trigger.sql);
  };
}

export function withBulkSpatialIndex<T>(db: Db, work: () => T): T {
  const finish = deferSpatialIndex(db);
  const result = work();
  finish();
  return result;
}
