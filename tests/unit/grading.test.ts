import { describe, expect, it } from 'vitest';
import type { BenchmarkPlot } from '../../shared/rules/benchmarkPlots';
import { DEFAULT_BENCHMARK_SETTINGS, type GradeClass } from '../../shared/rules/benchmarkSettings';
import { enterprisesOfYear, type EnterpriseYear } from '../../shared/rules/enterprises';
import { gradeEnterprises, populationBenchmarks, scoreEnterprise } from '../../shared/rules/grading';
import type { MetricsSeed } from '../../shared/schemas/seed';

const G = DEFAULT_BENCHMARK_SETTINGS.grading;
const RULES = { aboveSizeOutputWan: 2000, belowSizeMinAreaMu: 5 };

function row(year: number, m: Partial<MetricsSeed> = {}): MetricsSeed {
  return { year, operating: true, floorAreaM2: null, buildingFootprintM2: null, fixedInvestmentWan: null, annualTaxWan: 10, outputWan: 3000, addedValueWan: 50, employees: 10, ...m };
}

const contract = (agreedCompletionDate: string | null, actualCompletionDate: string | null) => ({ contractDate: '2015-01-01', agreedCompletionDate, actualCompletionDate });

function plot(id: string, creditCode: string | null, landAreaM2: number, metrics: MetricsSeed[], c = contract('2017-01-01', '2017-06-01')): BenchmarkPlot {
  return { id, zoneId: id.startsWith('x') ? 'zx' : 'z', creditCode, landUser: `企业${creditCode}`, landAreaM2, contract: c, metrics };
}

describe('enterprises of a year (by credit code, across plots and zones)', () => {
  it('sums an enterprise’s plots and zones and computes its 亩均 figures', () => {
    const [e] = enterprisesOfYear(
      [plot('a1', 'E', 2000, [row(2025, { annualTaxWan: 30, outputWan: 1500, addedValueWan: 60, employees: 6 })]), plot('x1', 'E', 4000, [row(2025, { annualTaxWan: 15, outputWan: 600, addedValueWan: 30, employees: 4 })])],
      2025,
      RULES,
    );
    expect(e).toMatchObject({ creditCode: 'E', zoneIds: ['z', 'zx'], plotIds: ['a1', 'x1'], landAreaMu: 9, evaluatedAreaMu: 9, aboveSize: true, ungradedReason: null });
    expect(e?.indicators.taxPerMu).toBeCloseTo(5, 12);
    expect(e?.indicators.addedValuePerMu).toBeCloseTo(10, 12);
    expect(e?.indicators.laborProductivity).toBeCloseTo(9, 12);
  });

  it('does not grade projects still being built, nor enterprises in their first year of production', () => {
    const building = plot('b', 'B', 4000, [row(2025, { operating: false, annualTaxWan: null })], contract('2026-06-01', null));
    const fresh = plot('n', 'N', 4000, [row(2025)], contract('2025-03-01', '2025-02-20'));
    const since = plot('o', 'O', 4000, [row(2025)], contract('2024-12-01', '2024-12-31'));
    const byCode = new Map(enterprisesOfYear([building, fresh, since], 2025, RULES).map((e) => [e.creditCode, e]));
    expect(byCode.get('B')?.ungradedReason).toBe('under-construction');
    expect(byCode.get('N')?.ungradedReason).toBe('new');
    expect(byCode.get('O')?.ungradedReason).toBeNull();
  });

  it('grades idle land past its agreed completion as land that produces nothing', () => {
    const idle = plot('i', 'I', 4000, [row(2025, { operating: false, annualTaxWan: null, outputWan: null, addedValueWan: null, employees: null })], contract('2024-06-30', null));
    const [e] = enterprisesOfYear([idle], 2025, { ...RULES, belowSizeMinAreaMu: 0 });
    expect(e).toMatchObject({ evaluatedAreaMu: 6, taxWan: 0, ungradedReason: null });
    expect(e?.indicators.taxPerMu).toBe(0);
    expect(e?.indicators.laborProductivity).toBeNull();
  });

  it('leaves out 规下 enterprises under 5 亩 (graded from exactly 5), operating plots without tax, and plots with no credit code', () => {
    const small = plot('s', 'S', 3333, [row(2025, { outputWan: 100 })]); // 4.9995 亩
    const five = plot('f', 'F', 10000 / 3, [row(2025, { outputWan: 100 })]); // 5 亩
    const bigSmall = plot('g', 'G', 3333, [row(2025, { outputWan: 2000 })]); // 规上 at the threshold
    const noTax = plot('t', 'T', 4000, [row(2025, { annualTaxWan: null })]);
    const anonymous = plot('u', null, 4000, [row(2025)]);
    const byCode = new Map(enterprisesOfYear([small, five, bigSmall, noTax, anonymous], 2025, RULES).map((e) => [e.creditCode, e.ungradedReason]));
    expect(Object.fromEntries(byCode)).toEqual({ S: 'below-size', F: null, G: null, T: 'no-data' });
  });

  it('only counts plots on the books by the year’s end', () => {
    const later = plot('l', 'L', 4000, [row(2025)], { contractDate: '2026-01-01', agreedCompletionDate: null, actualCompletionDate: null });
    expect(enterprisesOfYear([later], 2025, RULES)).toEqual([]);
  });
});

function enterprise(code: string, taxPerMu: number, extra: Partial<EnterpriseYear> = {}): EnterpriseYear {
  return {
    creditCode: code,
    landUser: code,
    zoneIds: ['z'],
    plotIds: [code],
    landAreaMu: 10,
    evaluatedAreaMu: 10,
    aboveSize: true,
    outputWan: 5000,
    taxWan: taxPerMu * 10,
    addedValueWan: 200,
    employees: 10,
    indicators: { taxPerMu, addedValuePerMu: 20, laborProductivity: 20 },
    ungradedReason: null,
    ...extra,
  };
}

describe('scoring against population benchmarks', () => {
  it('uses ratios of sums over the graded population as benchmarks', () => {
    const b = populationBenchmarks([enterprise('a', 10), enterprise('b', 30, { evaluatedAreaMu: 30, taxWan: 900 })]);
    expect(b.taxPerMu).toBeCloseTo(1000 / 40, 12);
    expect(b.laborProductivity).toBeCloseTo(20, 12);
  });

  it('scores 100 at the benchmark, caps each indicator, and scores 规下 on tax only', () => {
    const b = { taxPerMu: 10, addedValuePerMu: 20, laborProductivity: 20 };
    expect(scoreEnterprise(enterprise('a', 10), b, G).score).toBeCloseTo(100, 12);
    // tax at 10× the benchmark counts 3× (cap): (3·30 + 1·20 + 1·20) / 70 × 100
    expect(scoreEnterprise(enterprise('a', 100), b, G).score).toBeCloseTo((130 / 70) * 100, 12);
    const small = enterprise('s', 5, { aboveSize: false, indicators: { taxPerMu: 5, addedValuePerMu: 999, laborProductivity: null } });
    expect(scoreEnterprise(small, b, G)).toEqual({ score: 50, contributions: { taxPerMu: 50, addedValuePerMu: 0, laborProductivity: 0 } });
  });
});

describe('gradeEnterprises', () => {
  const population = Array.from({ length: 20 }, (_, i) => enterprise(`E${String(i).padStart(2, '0')}`, 20 - i));
  const ungraded = enterprise('U', 0, { ungradedReason: 'new' });

  it('classes by the Henan preset (3 A / 15 B / 2 C of 20) and leaves the ungraded out of the population', () => {
    const { enterprises } = gradeEnterprises([...population, ungraded], G, 'henan');
    const count = (c: GradeClass | 'ungraded') => enterprises.filter((e) => e.class === c).length;
    expect([count('A'), count('B'), count('C'), count('ungraded')]).toEqual([3, 15, 2, 1]);
    expect(enterprises[enterprises.length - 1]).toMatchObject({ creditCode: 'U', score: null, class: 'ungraded' });
    expect(enterprises[0]?.creditCode).toBe('E00');
  });

  it('classes by the Zhejiang preset and keeps higher scores in higher classes', () => {
    const { enterprises } = gradeEnterprises(population, G, 'zhejiang');
    const order = ['A', 'B', 'C', 'D'];
    const graded = enterprises.filter((e) => e.score !== null);
    for (let i = 1; i < graded.length; i += 1) {
      const [prev, cur] = [graded[i - 1], graded[i]];
      if (!prev || !cur) continue;
      expect(prev.score ?? 0).toBeGreaterThanOrEqual(cur.score ?? 0);
      expect(order.indexOf(prev.class)).toBeLessThanOrEqual(order.indexOf(cur.class));
    }
    expect(graded.map((e) => e.class).join('')).toBe('AAAABBBBBBBBBCCCCCCD');
  });
});
