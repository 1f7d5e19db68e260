import type { Db } from '../connection';

/** How many plots and zones the database holds (what a restore reports back). */
export function plotAndZoneCounts(db: Db): { plots: number; zones: number } {
  return db.prepare('SELECT (SELECT count(*) FROM plots) AS plots, (SELECT count(*) FROM zones) AS zones').get() as { plots: number; zones: number };
}
