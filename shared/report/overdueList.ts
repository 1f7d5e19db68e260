import { IDLE_STATUSES, type LifecycleStatus } from '../domain/enums';

/**
 * The lifecycle statuses a zone report lists in its idle and overdue table, in the table's order: idle land first,
 * then plots past an agreed start or completion date (the national system's red warning).
 */
export const REPORT_OVERDUE_STATUSES: readonly LifecycleStatus[] = [...IDLE_STATUSES, 'start-overdue', 'completion-overdue'];

export function isReportedOverdue(status: LifecycleStatus): boolean {
  return REPORT_OVERDUE_STATUSES.includes(status);
}

/** The table's order: by status in REPORT_OVERDUE_STATUSES order, then by parcel number. */
export function compareOverdue(x: { lifecycle: LifecycleStatus; parcelNo: string }, y: { lifecycle: LifecycleStatus; parcelNo: string }): number {
  return REPORT_OVERDUE_STATUSES.indexOf(x.lifecycle) - REPORT_OVERDUE_STATUSES.indexOf(y.lifecycle) || x.parcelNo.localeCompare(y.parcelNo);
}

/** The table's total row: Σ land and Σ idle fee (plots without a fee add nothing). */
export function overdueTotals(plots: readonly { landAreaM2: number; feeWan: number | null }[]): { landAreaM2: number; feeWan: number } {
  let landAreaM2 = 0;
  let feeWan = 0;
  for (const p of plots) {
    landAreaM2 += p.landAreaM2;
    feeWan += p.feeWan ?? 0;
  }
  return { landAreaM2, feeWan };
}
