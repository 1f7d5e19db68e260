import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const caches = new WeakMap<Db, Map<string, Statement>>();
const MAX_CACHED = 500;

/** A prepared statement per (connection, SQL text), reused: preparing per row dominated a 100k-plot import. */
export function cachedStatement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_CACHED) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
