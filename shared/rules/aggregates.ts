import { IDLE_STATUSES, type EvaluationStatus, type LifecycleStatus } from '../domain/enums';
import { m2ToMu } from '../domain/units';
import { supplyRateOf, unsuppliedMuOf } from './batchTotals';
import { countWithStatus, statusBreakdown } from './statusBreakdown';
import type { UnsuppliedResult } from './unsupplied';

export interface AggregatePlot {
  landAreaM2: number;
  floorAreaM2: number | null;
  fixedInvestmentWan: number | null;
  annualTaxWan: number | null;
  operating: boolean;
  status: EvaluationStatus;
  lifecycle: LifecycleStatus | null;
}

export interface ZoneAggregate {
  plotCount: number;
  landAreaMu: number;
  plotRatio: number | null;
  taxPerMu: number | null;
  investmentPerMu: number | null;
  compliant: number;
  noncompliant: number;
  incomplete: number;
  idleCount: number;
  idleAreaMu: number;
  /** 土地闲置率 = idle area / supplied area (domain.md §6; lower is better). */
  idleRate: number | null;
  unsuppliedAreaMu: number;
  supplyRate: number | null;
}

/** Σ value and Σ land (m²) over the plots that have the value: aggregates are ratios of sums, never means of ratios. */
export function sumsOver<P extends { landAreaM2: number }>(plots: readonly P[], value: (p: P) => number | null): { value: number; landM2: number } {
  let total = 0;
  let landM2 = 0;
  for (const p of plots) {
    const v = value(p);
    if (v === null) continue;
    total += v;
    landM2 += p.landAreaM2;
  }
  return { value: total, landM2 };
}

/** Idle land (闲置土地) in zone aggregates: a plot whose lifecycle is one of IDLE_STATUSES. */
export function isIdle(lifecycle: LifecycleStatus | null): boolean {
  return lifecycle !== null && IDLE_STATUSES.includes(lifecycle);
}

function perMu(sums: { value: number; landM2: number }): number | null {
  return sums.landM2 > 0 ? sums.value / m2ToMu(sums.landM2) : null;
}

export function aggregateZone(plots: readonly AggregatePlot[], batches: readonly UnsuppliedResult[], approvedM2: number): ZoneAggregate {
  const landM2 = plots.reduce((s, p) => s + p.landAreaM2, 0);
  const idle = plots.filter((p) => isIdle(p.lifecycle));
  const byStatus = statusBreakdown(plots);
  const count = (status: EvaluationStatus) => countWithStatus(byStatus, status);
  const floor = sumsOver(plots, (p) => p.floorAreaM2);
  const idleM2 = idle.reduce((s, p) => s + p.landAreaM2, 0);
  const supplied = batches.reduce((s, b) => s + b.suppliedAreaM2, 0);
  return {
    plotCount: plots.length,
    landAreaMu: m2ToMu(landM2),
    plotRatio: floor.landM2 > 0 ? floor.value / floor.landM2 : null,
    taxPerMu: perMu(sumsOver(plots, (p) => (p.operating ? p.annualTaxWan : null))),
    investmentPerMu: perMu(sumsOver(plots, (p) => p.fixedInvestmentWan)),
    compliant: count('compliant'),
    noncompliant: count('noncompliant'),
    incomplete: count('incomplete'),
    idleCount: idle.length,
    idleAreaMu: m2ToMu(idleM2),
    idleRate: landM2 > 0 ? idleM2 / landM2 : null,
    unsuppliedAreaMu: unsuppliedMuOf(batches),
    supplyRate: supplyRateOf(supplied, approvedM2),
  };
}
