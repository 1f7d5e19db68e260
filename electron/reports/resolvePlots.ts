import type { Db } from '../db/connection';

/**
 * `--plots` accepts plot ids or parcel numbers (宗地编号), as a manager has them; the print route takes ids.
 * Returns the ids in the order given (duplicates dropped) and the references that match no plot.
 */
export function resolvePlotRefs(db: Db, refs: readonly string[]): { ids: string[]; unknown: string[] } {
  const find = db.prepare<[string, string], { id: string }>('SELECT id FROM plots WHERE id = ? OR parcel_no = ? LIMIT 1');
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const ref of refs) {
    const row = find.get(ref, ref);
    if (!row) unknown.push(ref);
    else if (!ids.includes(row.id)) ids.push(row.id);
  }
  return { ids, unknown };
}
