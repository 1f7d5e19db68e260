import { yearOf, type IsoDate } from '../domain/dates';

/** Evaluation uses the latest complete year before the as-of date that has data (DESIGN.md §3). */
export function pickMetricsYear<T extends { year: number }>(rows: readonly T[], asOf: IsoDate): T | null {
  const limit = yearOf(asOf) - 1;
  let best: T | null = null;
  for (const row of rows) if (row.year <= limit && (best === null || row.year > best.year)) best = row;
  return best;
}
