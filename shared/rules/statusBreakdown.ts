import { EvaluationStatus } from '../domain/enums';
import { m2ToMu } from '../domain/units';

export interface StatusShare {
  status: EvaluationStatus;
  count: number;
  landAreaM2: number;
  landAreaMu: number;
  /** This status's land over all the plots' land (a ratio of sums); null when there is no land. */
  areaShare: number | null;
}

/** Plots counted and their land added up by evaluation status, one entry per status in EvaluationStatus order. */
export function statusBreakdown(plots: readonly { status: EvaluationStatus; landAreaM2: number }[]): StatusShare[] {
  const sums = new Map(EvaluationStatus.options.map((s) => [s, { count: 0, landAreaM2: 0 }]));
  let totalM2 = 0;
  for (const p of plots) {
    const s = sums.get(p.status);
    if (!s) continue;
    s.count += 1;
    s.landAreaM2 += p.landAreaM2;
    totalM2 += p.landAreaM2;
  }
  return EvaluationStatus.options.map((status) => {
    const { count, landAreaM2 } = sums.get(status) ?? { count: 0, landAreaM2: 0 };
    return { status, count, landAreaM2, landAreaMu: m2ToMu(landAreaM2), areaShare: totalM2 > 0 ? landAreaM2 / totalM2 : null };
  });
}

/** The number of plots with the given status. */
export function countWithStatus(breakdown: readonly StatusShare[], status: EvaluationStatus): number {
  return breakdown.find((s) => s.status === status)?.count ?? 0;
}
