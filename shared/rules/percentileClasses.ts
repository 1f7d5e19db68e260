import type { ClassPreset, GradeClass } from './benchmarkSettings';

/** Relative tolerance under which two scores count as tied (floating-point noise of weighted sums). */
const TIE_TOLERANCE = 1e-9;

function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Class cut-offs as positions in the best-first order: class i takes the positions below round(cumulative share × n),
 * rounded half up on the cumulative share, so the classes add up to n and each gets its share to the nearest
 * enterprise (Henan, 20 graded: A 3, B 15, C 2; 7 graded: A 1, B 5, C 1; 1 graded: B).
 */
export function classCutoffs(preset: ClassPreset, n: number): number[] {
  let cumulative = 0;
  return preset.map((c, i) => {
    cumulative += c.share;
    return i === preset.length - 1 ? n : Math.min(n, Math.floor(cumulative * n + 0.5 + 1e-9));
  });
}

/**
 * Classes by percentile of score (higher is better). Equal scores always share a class: a tie group that straddles
 * a cut-off goes whole to the class of its middle position (the upper middle for an even size), so a higher score is
 * never in a lower class and a large tie (say, every enterprise with nothing produced) lands where most of it falls.
 */
export function classByPercentile<K>(items: readonly { key: K; score: number }[], preset: ClassPreset): Map<K, GradeClass> {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const cutoffs = classCutoffs(preset, sorted.length);
  const out = new Map<K, GradeClass>();
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && tied((sorted[end - 1] as { score: number }).score, (sorted[end] as { score: number }).score)) end += 1;
    const middle = start + Math.floor((end - start - 1) / 2);
    const index = cutoffs.findIndex((cut) => middle < cut);
    const cls = preset[index === -1 ? preset.length - 1 : index];
    if (!cls) throw new Error('empty class preset');
    for (let i = start; i < end; i += 1) out.set((sorted[i] as { key: K }).key, cls.class);
    start = end;
  }
  return out;
}

/** Competition ranks (1, 2, 2, 4) by score, highest first; ties within the same tolerance as the classes. */
export function competitionRanks<K>(items: readonly { key: K; score: number }[]): Map<K, number> {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const out = new Map<K, number>();
  let rank = 1;
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    if (previous === undefined || !tied(previous.score, item.score)) rank = i + 1;
    out.set(item.key, rank);
  });
  return out;
}
