import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARK_SETTINGS, type GradeClass } from '../../shared/rules/benchmarkSettings';
import { classByPercentile, classCutoffs, competitionRanks } from '../../shared/rules/percentileClasses';

const { henan, zhejiang } = DEFAULT_BENCHMARK_SETTINGS.grading.presets;
const ORDER: GradeClass[] = ['A', 'B', 'C', 'D'];

function items(scores: number[]) {
  return scores.map((score, i) => ({ key: `e${i}`, score }));
}

function counts(classes: Map<string, GradeClass>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of classes.values()) out[c] = (out[c] ?? 0) + 1;
  return out;
}

/** The invariant of the issue: a higher score is never in a lower class, equal scores share one. */
function expectMonotone(list: { key: string; score: number }[], classes: Map<string, GradeClass>): void {
  for (const a of list)
    for (const b of list) {
      const ca = ORDER.indexOf(classes.get(a.key) ?? 'D');
      const cb = ORDER.indexOf(classes.get(b.key) ?? 'D');
      if (a.score > b.score) expect(ca, `${a.score} vs ${b.score}`).toBeLessThanOrEqual(cb);
      if (a.score === b.score) expect(ca).toBe(cb);
    }
}

describe('class cut-offs', () => {
  it('gives each class its share to the nearest enterprise, cumulatively, ending at n', () => {
    expect(classCutoffs(henan, 20)).toEqual([3, 18, 20]); // A 3 (15 %), B 15, C 2 (10 %)
    expect(classCutoffs(henan, 100)).toEqual([15, 90, 100]);
    expect(classCutoffs(zhejiang, 100)).toEqual([20, 65, 95, 100]);
    expect(classCutoffs(zhejiang, 20)).toEqual([4, 13, 19, 20]);
  });
  it('handles small populations without empty-handed rounding surprises', () => {
    expect(classCutoffs(henan, 0)).toEqual([0, 0, 0]);
    expect(classCutoffs(henan, 1)).toEqual([0, 1, 1]); // one enterprise: B, neither top 15 % nor bottom 10 %
    expect(classCutoffs(henan, 5)).toEqual([1, 5, 5]); // 0.75 → 1 in A; 4.5 rounds half up → no C
    expect(classCutoffs(henan, 7)).toEqual([1, 6, 7]);
    expect(classCutoffs(zhejiang, 10)).toEqual([2, 7, 10, 10]); // 6.5 → 7, 9.5 → 10: D empty at n = 10
  });
  it('rounds half up even when binary floating point lands just below the half', () => {
    expect((0.15 + 0.3) * 30).toBeLessThan(13.5); // 13.499999999999998
    const preset = [
      { class: 'A' as const, share: 0.15 },
      { class: 'B' as const, share: 0.3 },
      { class: 'C' as const, share: 0.55 },
    ];
    expect(classCutoffs(preset, 30)).toEqual([5, 14, 30]); // 4.5 → 5, 13.5 → 14
  });
});

describe('classByPercentile', () => {
  it('classes 20 distinct scores 3 A / 15 B / 2 C (Henan) and 4 / 9 / 6 / 1 (Zhejiang)', () => {
    const list = items(Array.from({ length: 20 }, (_, i) => 100 - i));
    const h = classByPercentile(list, henan);
    expect(counts(h)).toEqual({ A: 3, B: 15, C: 2 });
    expect([h.get('e2'), h.get('e3'), h.get('e17'), h.get('e18')]).toEqual(['A', 'B', 'B', 'C']);
    expect(counts(classByPercentile(list, zhejiang))).toEqual({ A: 4, B: 9, C: 6, D: 1 });
    expectMonotone(list, h);
  });

  it('does not depend on input order', () => {
    const scores = [5, 9, 1, 7, 3, 8, 2, 6, 4, 10];
    const a = classByPercentile(items(scores), zhejiang);
    const shuffled = items(scores).reverse();
    const b = classByPercentile(shuffled, zhejiang);
    for (const [k, c] of a) expect(b.get(k)).toBe(c);
  });

  it('keeps a tie at the A/B cut-off together, in the class of its middle position', () => {
    // positions 0,1 unique; 2,3 tied across the A cut (3): middle position 2 → A for both.
    const list = items([100, 99, 98, 98, ...Array.from({ length: 16 }, (_, i) => 50 - i)]);
    const c = classByPercentile(list, henan);
    expect([c.get('e2'), c.get('e3')]).toEqual(['A', 'A']);
    expect(counts(c).A).toBe(4);
    expectMonotone(list, c);
    // a tie of three at positions 2,3,4: middle 3 is past the cut → all three B, A keeps only 2.
    const three = items([100, 99, 98, 98, 98, ...Array.from({ length: 15 }, (_, i) => 50 - i)]);
    const c3 = classByPercentile(three, henan);
    expect(counts(c3).A).toBe(2);
    expectMonotone(three, c3);
  });

  it('puts a large tie at the bottom (nothing produced) where most of it falls', () => {
    const list = items([...Array.from({ length: 14 }, (_, i) => 90 - i), 0, 0, 0, 0, 0, 0]);
    const c = classByPercentile(list, zhejiang);
    // cut-offs 4 / 13 / 19 / 20: the zeros sit at 14–19, middle 16 → C; D stays empty rather than splitting a tie.
    expect(new Set([14, 15, 16, 17, 18, 19].map((i) => c.get(`e${i}`)))).toEqual(new Set(['C']));
    expectMonotone(list, c);
  });

  it('puts everyone in one class when all scores are equal, and treats float noise as a tie', () => {
    const all = classByPercentile(items([7, 7, 7, 7, 7, 7, 7, 7, 7, 7]), henan);
    expect(new Set(all.values()).size).toBe(1);
    const noisy = classByPercentile(items([0.1 + 0.2, 0.3, 0.2, 0.1]), henan);
    expect(noisy.get('e0')).toBe(noisy.get('e1'));
  });

  it('grades a population of one, and of none', () => {
    expect(classByPercentile(items([42]), henan).get('e0')).toBe('B');
    expect(classByPercentile(items([42]), zhejiang).get('e0')).toBe('B');
    expect(classByPercentile([], henan).size).toBe(0);
  });

  it('never puts a higher score in a lower class over many random populations', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round += 1) {
      const n = 1 + Math.floor(rand() * 40);
      const list = items(Array.from({ length: n }, () => Math.floor(rand() * 8)));
      expectMonotone(list, classByPercentile(list, round % 2 ? henan : zhejiang));
    }
  });
});

describe('competitionRanks', () => {
  it('ranks 1, 2, 2, 4 with ties sharing a rank', () => {
    const r = competitionRanks(items([10, 8, 8, 3]));
    expect([...['e0', 'e1', 'e2', 'e3'].map((k) => r.get(k))]).toEqual([1, 2, 2, 4]);
  });
});
