import { GRADING_INDICATORS, type BenchmarkSettings, type GradeClass, type GradingIndicator, type PresetId } from './benchmarkSettings';
import type { EnterpriseYear } from './enterprises';
import { classByPercentile } from './percentileClasses';

export type Benchmarks = Record<GradingIndicator, number | null>;

export interface GradedEnterprise extends EnterpriseYear {
  /** 0–100 × cap; 100 = every indicator at the population benchmark. Null when not graded. */
  score: number | null;
  class: GradeClass | 'ungraded';
  /** Points each indicator adds to the score. */
  contributions: Record<GradingIndicator, number>;
}

/** Population benchmarks as ratios of sums over the graded enterprises (Σ tax / Σ 亩, Σ added value / Σ employees). */
export function populationBenchmarks(graded: readonly EnterpriseYear[]): Benchmarks {
  const mu = graded.reduce((s, e) => s + e.evaluatedAreaMu, 0);
  const people = graded.reduce((s, e) => s + e.employees, 0);
  const added = graded.reduce((s, e) => s + e.addedValueWan, 0);
  const positive = (v: number | null) => (v !== null && v > 0 ? v : null);
  return {
    taxPerMu: positive(mu > 0 ? graded.reduce((s, e) => s + e.taxWan, 0) / mu : null),
    addedValuePerMu: positive(mu > 0 ? added / mu : null),
    laborProductivity: positive(people > 0 ? added / people : null),
  };
}

/**
 * Zhejiang-style score: each indicator ÷ its population benchmark (0 … cap) × its weight, over the weights of the
 * enterprise's size class (规上 or 规下), × 100. A missing indicator scores 0.
 */
export function scoreEnterprise(e: EnterpriseYear, benchmarks: Benchmarks, grading: BenchmarkSettings['grading']) {
  const weights = e.aboveSize ? grading.weights : grading.belowSizeWeights;
  const total = GRADING_INDICATORS.reduce((s, k) => s + weights[k], 0);
  const contributions = {} as Record<GradingIndicator, number>;
  for (const k of GRADING_INDICATORS) {
    const b = benchmarks[k];
    const v = e.indicators[k];
    const ratio = b === null || v === null ? 0 : Math.min(grading.indicatorCap, Math.max(0, v / b));
    contributions[k] = total > 0 ? (100 * ratio * weights[k]) / total : 0;
  }
  return { score: GRADING_INDICATORS.reduce((s, k) => s + contributions[k], 0), contributions };
}

/** Scores the graded enterprises against their population and classes them by the preset's percentiles. */
export function gradeEnterprises(enterprises: readonly EnterpriseYear[], grading: BenchmarkSettings['grading'], preset: PresetId): { benchmarks: Benchmarks; enterprises: GradedEnterprise[] } {
  const graded = enterprises.filter((e) => e.ungradedReason === null);
  const benchmarks = populationBenchmarks(graded);
  const scores = new Map(graded.map((e) => [e.creditCode, scoreEnterprise(e, benchmarks, grading)]));
  const classes = classByPercentile(
    graded.map((e) => ({ key: e.creditCode, score: scores.get(e.creditCode)?.score ?? 0 })),
    grading.presets[preset],
  );
  const zero = { taxPerMu: 0, addedValuePerMu: 0, laborProductivity: 0 };
  const out = enterprises.map((e): GradedEnterprise => {
    const s = scores.get(e.creditCode);
    return { ...e, score: s?.score ?? null, class: classes.get(e.creditCode) ?? 'ungraded', contributions: s?.contributions ?? zero };
  });
  out.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.creditCode.localeCompare(b.creditCode));
  return { benchmarks, enterprises: out };
}
