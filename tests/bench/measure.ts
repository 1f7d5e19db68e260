import { performance } from 'node:perf_hooks';

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  ratio: number;
  /** The target for this figure, in `unit`, when it has one. */
  target?: number;
  /** Whether the target is a floor (frames per second) rather than a ceiling (milliseconds, bytes). */
  atLeast?: true;
  meetsTarget?: boolean;
}

export type Emit = (line: BenchLine) => void;

/** Median wall time of `runs` calls, after one warm-up call. */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export function line(name: string, value: number, unit: string, baseline: string, baselineValue: number, target?: number, atLeast = false): BenchLine {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    name,
    value: round(value),
    unit,
    baseline,
    baselineValue: round(baselineValue),
    ratio: round(value / baselineValue),
    ...(target === undefined ? {} : { target, ...(atLeast ? { atLeast: true as const } : {}), meetsTarget: atLeast ? value >= target : value <= target }),
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
