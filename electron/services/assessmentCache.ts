import type { IsoDate } from '../../shared/domain/dates';
import type { Db } from '../db/connection';
import { cachedStatement } from '../db/statements';

/**
 * What a database looked like when a result was computed: `data_version` moves when another connection commits,
 * `total_changes()` when this one writes. Either moving makes every cached result stale.
 */
export function dataVersion(db: Db): string {
  const other = db.pragma('data_version', { simple: true }) as number;
  const own = (cachedStatement(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${other}:${own}`;
}

interface Entry {
  version: string;
  asOf: IsoDate;
  value: unknown;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/**
 * Memoises an expensive read (100k-plot assessment, columnar encoding) per database, kind and as-of date, until the
 * database changes. One entry per kind: a new date replaces the old one, so memory stays at one result per kind.
 */
export function cachedRead<T>(db: Db, kind: string, asOf: IsoDate, compute: () => T): T {
  let byKind = caches.get(db);
  if (!byKind) caches.set(db, (byKind = new Map()));
  const version = dataVersion(db);
  const hit = byKind.get(kind);
  if (hit && hit.version === version && hit.asOf === asOf) return hit.value as T;
  const value = compute();
  byKind.set(kind, { version: dataVersion(db), asOf, value });
  return value;
}
