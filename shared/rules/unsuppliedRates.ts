import { completedYears, yearOf, type IsoDate } from '../domain/dates';
import type { BatchInput } from './unsupplied';

/**
 * 增存挂钩: 自然资规〔2018〕1号 pauses new construction-land approval (except national key and livelihood projects)
 * for a city or county whose supply rate over the last five years is below 60 %. A national rule ([M] in domain.md),
 * not local practice, so a constant with its citation rather than a setting.
 */
export const FIVE_YEAR_SUPPLY_FLOOR = {
  rate: 0.6,
  windowYears: 5,
  source: { zh: '自然资规〔2018〕1号《关于健全建设用地“增存挂钩”机制的通知》', en: 'MNR notice 自然资规〔2018〕1号 (linking new quota to the stock)' },
} as const;

/** 近五年供地率: Σ supplied / Σ approved over the batches approved less than five completed years before the date. */
export interface FiveYearSupply {
  batches: number;
  approvedAreaM2: number;
  suppliedAreaM2: number;
  rate: number | null;
}

/** 本年处置率: area supplied in the period / 批而未供 at its start (withdrawals carry no date and are not counted). */
export interface PeriodDisposal {
  from: IsoDate;
  to: IsoDate;
  unsuppliedAtStartM2: number;
  disposedAreaM2: number;
  rate: number | null;
}

export interface UnsuppliedRates {
  fiveYear: FiveYearSupply;
  disposal: PeriodDisposal;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Σ area of the batch's supplies whose date `counts`. */
const suppliedWhere = (batch: BatchInput, counts: (date: IsoDate) => boolean): number =>
  batch.supplies.filter((s) => counts(s.date)).reduce((sum, s) => sum + s.areaM2, 0);

/** Whether a batch approved on or before the date is in the five-year window: fewer than five completed years by the 《民法典》 period rule. */
export function inFiveYearWindow(approvedDate: IsoDate, asOf: IsoDate): boolean {
  return approvedDate <= asOf && completedYears(approvedDate, asOf) < FIVE_YEAR_SUPPLY_FLOOR.windowYears;
}

export function fiveYearSupply(batches: readonly BatchInput[], asOf: IsoDate): FiveYearSupply {
  const inWindow = batches.filter((b) => inFiveYearWindow(b.approvedDate, asOf));
  const approved = inWindow.reduce((sum, b) => sum + b.approvedAreaM2, 0);
  const supplied = inWindow.reduce((sum, b) => sum + suppliedWhere(b, (date) => date <= asOf), 0);
  return { batches: inWindow.length, approvedAreaM2: approved, suppliedAreaM2: supplied, rate: ratio(supplied, approved) };
}

/** The disposal period of an as-of date: 1 January of its year to the date, both inclusive. */
export function disposalPeriod(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${String(yearOf(asOf)).padStart(4, '0')}-01-01`, to: asOf };
}

/**
 * The stock at the period's start is what was unsupplied before 1 January: batches approved before it, less the supplies
 * dated before it and the withdrawals (undated, so taken as already made). Disposed = supplies dated in the period from
 * that stock, at most the batch's stock (a batch cannot dispose more than it had). Batches approved in the period are
 * new land, not stock.
 */
export function periodDisposal(batches: readonly BatchInput[], asOf: IsoDate): PeriodDisposal {
  const { from, to } = disposalPeriod(asOf);
  let stock = 0;
  let disposed = 0;
  for (const b of batches) {
    if (b.approvedDate >= from) continue;
    const before = suppliedWhere(b, (date) => date < from);
    const atStart = Math.max(0, b.approvedAreaM2 - before - b.withdrawnAreaM2);
    stock += atStart;
    disposed += Math.min(atStart, suppliedWhere(b, (date) => date >= from && date <= to));
  }
  return { from, to, unsuppliedAtStartM2: stock, disposedAreaM2: disposed, rate: ratio(disposed, stock) };
}

export function unsuppliedRatesOf(batches: readonly BatchInput[], asOf: IsoDate): UnsuppliedRates {
  return { fiveYear: fiveYearSupply(batches, asOf), disposal: periodDisposal(batches, asOf) };
}

/** The rates of several zones together (the city): sums of their sums, the rates as ratios of those sums. */
export function combineUnsuppliedRates(parts: readonly UnsuppliedRates[], asOf: IsoDate): UnsuppliedRates {
  const sum = (f: (r: UnsuppliedRates) => number) => parts.reduce((s, r) => s + f(r), 0);
  const approved = sum((r) => r.fiveYear.approvedAreaM2);
  const supplied = sum((r) => r.fiveYear.suppliedAreaM2);
  const stock = sum((r) => r.disposal.unsuppliedAtStartM2);
  const disposed = sum((r) => r.disposal.disposedAreaM2);
  return {
    fiveYear: { batches: sum((r) => r.fiveYear.batches), approvedAreaM2: approved, suppliedAreaM2: supplied, rate: ratio(supplied, approved) },
    disposal: { ...disposalPeriod(asOf), unsuppliedAtStartM2: stock, disposedAreaM2: disposed, rate: ratio(disposed, stock) },
  };
}

/** Whether a five-year rate falls under the 增存挂钩 floor (no rate: nothing approved in the window, nothing to judge). */
export function belowFiveYearFloor(rate: number | null): boolean {
  return rate !== null && rate < FIVE_YEAR_SUPPLY_FLOOR.rate;
}
