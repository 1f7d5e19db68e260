import type { IsoDate } from '../domain/dates';
import type { MetricsSeed } from '../schemas/seed';

/** What ranking and grading need of a plot (a StoredPlot fits). */
export interface BenchmarkPlot {
  id: string;
  zoneId: string;
  creditCode: string | null;
  landUser: string | null;
  landAreaM2: number;
  contract: { contractDate: IsoDate; agreedCompletionDate: IsoDate | null; actualCompletionDate: IsoDate | null } | null;
  metrics: readonly MetricsSeed[];
}

export const yearStart = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01`;
export const yearEnd = (year: number): IsoDate => `${String(year).padStart(4, '0')}-12-31`;

/** On the books in a year: contract signed by the year's end (or no contract recorded). */
export function onBooks(plot: BenchmarkPlot, year: number): boolean {
  return plot.contract === null || plot.contract.contractDate <= yearEnd(year);
}

export function rowOf(plot: BenchmarkPlot, year: number): MetricsSeed | null {
  return plot.metrics.find((m) => m.year === year) ?? null;
}

/**
 * Σ output of each enterprise (credit code) over its operating plots in the year, across zones: 规上 is a property
 * of the enterprise, not of one plot. Plots without a credit code count as enterprises of their own.
 */
export function enterpriseOutputs(plots: readonly BenchmarkPlot[], year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of plots) {
    const row = rowOf(p, year);
    if (!row?.operating || !onBooks(p, year)) continue;
    const key = enterpriseKey(p);
    out.set(key, (out.get(key) ?? 0) + (row.outputWan ?? 0));
  }
  return out;
}

export function enterpriseKey(plot: Pick<BenchmarkPlot, 'id' | 'creditCode'>): string {
  return plot.creditCode ?? `plot:${plot.id}`;
}

/**
 * The increase of a plot's cumulative fixed-asset investment over the year (万元), or null when it cannot be known:
 * no investment figure this year, a gap last year, or the year is the first with data (no previous year to compare).
 * A plot with no row last year (not yet under way) starts from 0.
 */
export function newInvestmentOf(plot: BenchmarkPlot, year: number, firstDataYear: number): number | null {
  if (year <= firstDataYear) return null;
  const now = rowOf(plot, year)?.fixedInvestmentWan ?? null;
  if (now === null) return null;
  const before = rowOf(plot, year - 1);
  if (before === null) return now;
  return before.fixedInvestmentWan === null ? null : now - before.fixedInvestmentWan;
}
