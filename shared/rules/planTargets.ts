import type { BenchmarkSettings } from './benchmarkSettings';
import type { IndicatorValues } from './zoneIndicators';

export const TARGET_INDICATORS = ['taxPerMu', 'addedValuePerMu', 'newInvestmentPerMu'] as const;
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];

export interface TargetTrack {
  indicator: TargetIndicator;
  /** The plan's base year when the data has it; otherwise the earliest year with the indicator (substitute: true). */
  baseYear: number | null;
  substitute: boolean;
  base: number | null;
  /** base × (1 + required growth). */
  target: number | null;
  growthRequired: number;
  year: number;
  current: number | null;
  /** current / base − 1. */
  growth: number | null;
  met: boolean | null;
}

/**
 * Henan plan targets for one zone (2025 against 2020: tax per mu +50 %, added value per mu +35 %, new investment per
 * mu +50 %). The dataset may not reach back to the plan's base year: then the earliest year with a positive value
 * stands in for it and the track says so (`substitute`).
 */
export function trackTargets(
  history: ReadonlyMap<number, IndicatorValues>,
  year: number,
  targets: BenchmarkSettings['targets'],
): TargetTrack[] {
  const years = [...history.keys()].sort((a, b) => a - b);
  return TARGET_INDICATORS.map((indicator) => {
    const valueIn = (y: number) => history.get(y)?.[indicator] ?? null;
    const official = valueIn(targets.planBaseYear);
    const baseYear =
      official !== null && official > 0 ? targets.planBaseYear : (years.find((y) => y > targets.planBaseYear && (valueIn(y) ?? 0) > 0) ?? null);
    const base = baseYear === null ? null : valueIn(baseYear);
    const current = valueIn(year);
    const growthRequired = targets.growth[indicator];
    const target = base === null ? null : base * (1 + growthRequired);
    const growth = base === null || current === null ? null : current / base - 1;
    return {
      indicator,
      baseYear,
      substitute: baseYear !== null && baseYear !== targets.planBaseYear,
      base,
      target,
      growthRequired,
      year,
      current,
      growth,
      met: target === null || current === null ? null : current >= target - 1e-9 * Math.abs(target),
    };
  });
}
