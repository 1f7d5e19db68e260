import type { IsoDate } from '../domain/dates';
import { pickMetricsYear } from './metricsYear';

export type YearChoice = { ok: true; year: number } | { ok: false; message: string; messageZh: string };

/** The years that have any metrics row, ascending. */
export function yearsWithData(plots: readonly { metrics: readonly { year: number }[] }[]): number[] {
  const years = new Set<number>();
  for (const p of plots) for (const m of p.metrics) years.add(m.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * The year to rank and grade: the requested one if it has data, else the latest complete year (before the as-of
 * date's year) that has data — the same rule as plot evaluation (DESIGN.md §3).
 */
export function chooseBenchmarkYear(available: readonly number[], asOf: IsoDate, requested?: number): YearChoice {
  const list = available.length ? available.join(', ') : 'none';
  const listZh = available.length ? available.join('、') : '无';
  if (requested !== undefined) {
    if (available.includes(requested)) return { ok: true, year: requested };
    return { ok: false, message: `year ${requested} has no metrics (years with data: ${list})`, messageZh: `${requested} 年没有指标数据（有数据的年份：${listZh}）` };
  }
  const year = pickMetricsYear(available.map((y) => ({ year: y })), asOf)?.year;
  if (year === undefined) {
    return { ok: false, message: `no complete year with metrics before ${asOf} (years with data: ${list})`, messageZh: `${asOf} 之前没有指标数据完整的年份（有数据的年份：${listZh}）` };
  }
  return { ok: true, year };
}
