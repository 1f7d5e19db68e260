import { describe, expect, it } from 'vitest';
import { newInvestmentOf, type BenchmarkPlot } from '../../shared/rules/benchmarkPlots';
import { DEFAULT_BENCHMARK_SETTINGS } from '../../shared/rules/benchmarkSettings';
import { chooseBenchmarkYear, yearsWithData } from '../../shared/rules/benchmarkYear';
import { trackTargets } from '../../shared/rules/planTargets';
import { rankZones, zoneGroupOf } from '../../shared/rules/ranking';
import { zoneHistory, type IndicatorValues } from '../../shared/rules/zoneIndicators';
import type { MetricsSeed } from '../../shared/schemas/seed';

const S = DEFAULT_BENCHMARK_SETTINGS;
const EQUAL = S.ranking.weights;

function row(year: number, m: Partial<MetricsSeed> = {}): MetricsSeed {
  return { year, operating: true, floorAreaM2: null, buildingFootprintM2: null, fixedInvestmentWan: null, annualTaxWan: null, outputWan: null, addedValueWan: null, employees: null, ...m };
}

function plot(id: string, zoneId: string, landAreaM2: number, metrics: MetricsSeed[], extra: Partial<BenchmarkPlot> = {}): BenchmarkPlot {
  return { id, zoneId, creditCode: `C-${id}`, landUser: `企业${id}`, landAreaM2, contract: null, metrics, ...extra };
}

const ind = (taxPerMu: number | null, addedValuePerMu: number | null, newInvestmentPerMu: number | null, plotRatio: number | null): IndicatorValues => ({
  taxPerMu,
  addedValuePerMu,
  newInvestmentPerMu,
  plotRatio,
});

describe('year selection', () => {
  it('defaults to the latest complete year with data before the as-of date', () => {
    expect(chooseBenchmarkYear([2021, 2022, 2023, 2024, 2025], '2026-11-27')).toEqual({ ok: true, year: 2025 });
    expect(chooseBenchmarkYear([2021, 2022, 2023, 2024, 2025], '2025-12-31')).toEqual({ ok: true, year: 2024 });
    expect(chooseBenchmarkYear([2021, 2022, 2023, 2024, 2025], '2026-01-01')).toEqual({ ok: true, year: 2025 });
    expect(chooseBenchmarkYear([2021, 2023], '2030-06-01')).toEqual({ ok: true, year: 2023 });
  });
  it('takes a requested year only when it has data, and says which years do', () => {
    expect(chooseBenchmarkYear([2021, 2022], '2026-11-27', 2021)).toEqual({ ok: true, year: 2021 });
    expect(chooseBenchmarkYear([2021, 2022], '2026-11-27', 2020)).toEqual({
      ok: false,
      message: 'year 2020 has no metrics (years with data: 2021, 2022)',
      messageZh: '2020 年没有指标数据（有数据的年份：2021、2022）',
    });
    const none = chooseBenchmarkYear([2026], '2026-11-27');
    expect(none.ok).toBe(false);
    expect(chooseBenchmarkYear([], '2026-11-27').ok).toBe(false);
  });
  it('collects the years with any metrics row', () => {
    expect(yearsWithData([{ metrics: [row(2023), row(2021)] }, { metrics: [] }, { metrics: [row(2022)] }])).toEqual([2021, 2022, 2023]);
  });
});

describe('zone grouping', () => {
  const r = S.ranking;
  it('puts national zones and tier 1–2 provincial zones (> 200 亿) in the first group by default', () => {
    expect(zoneGroupOf({ level: 'national', tier: 3, outputWan: 0 }, r)).toBe('national-and-large');
    expect(zoneGroupOf({ level: 'provincial', tier: 2, outputWan: 0 }, r)).toBe('national-and-large');
    expect(zoneGroupOf({ level: 'provincial', tier: 3, outputWan: 9e9 }, r)).toBe('provincial-small');
  });
  it('can group by the plots’ output instead, strictly above the threshold', () => {
    const byOutput = { ...r, groupBy: 'plot-output' as const };
    expect(zoneGroupOf({ level: 'provincial', tier: 1, outputWan: 2_000_000 }, byOutput)).toBe('provincial-small');
    expect(zoneGroupOf({ level: 'provincial', tier: 3, outputWan: 2_000_001 }, byOutput)).toBe('national-and-large');
  });
});

describe('rankZones', () => {
  it('scores each indicator against the group’s best and ranks within each group', () => {
    const out = rankZones(
      [
        { id: 'a', group: 'provincial-small', indicators: ind(10, 20, 30, 1) },
        { id: 'b', group: 'provincial-small', indicators: ind(5, 20, 15, 0.5) },
        { id: 'n', group: 'national-and-large', indicators: ind(1, 1, 1, 0.1) },
      ],
      EQUAL,
    );
    expect(out.map((z) => [z.id, z.group, z.rank])).toEqual([
      ['n', 'national-and-large', 1],
      ['a', 'provincial-small', 1],
      ['b', 'provincial-small', 2],
    ]);
    const b = out.find((z) => z.id === 'b');
    expect(b?.normalized).toEqual(ind(50, 100, 50, 50));
    expect(b?.contributions.addedValuePerMu).toBeCloseTo(25, 12);
    expect(b?.score).toBeCloseTo(62.5, 12);
    expect(out.find((z) => z.id === 'n')?.score).toBeCloseTo(100, 12);
  });

  it('gives tied zones the same rank and the next zone the rank after the tie', () => {
    const out = rankZones(
      ['p', 'q', 'r'].map((id, i) => ({ id, group: 'provincial-small' as const, indicators: ind(i < 2 ? 4 : 2, 1, 1, 1) })),
      EQUAL,
    );
    expect(out.map((z) => z.rank)).toEqual([1, 1, 3]);
  });

  it('drops an indicator no zone of the group has (the first data year has no new investment) and re-scales the weights', () => {
    const out = rankZones(
      [
        { id: 'a', group: 'provincial-small', indicators: ind(10, 10, null, 1) },
        { id: 'b', group: 'provincial-small', indicators: ind(5, 10, null, 1) },
      ],
      EQUAL,
    );
    expect(out[0]?.weights).toEqual({ taxPerMu: 1 / 3, addedValuePerMu: 1 / 3, newInvestmentPerMu: 0, plotRatio: 1 / 3 });
    expect(out[1]?.score).toBeCloseTo(100 * (0.5 / 3 + 2 / 3), 12);
    expect(out[1]?.normalized.newInvestmentPerMu).toBeNull();
  });

  it('counts a missing or negative value as 0 for that indicator, and follows the weights', () => {
    const out = rankZones(
      [
        { id: 'a', group: 'provincial-small', indicators: ind(10, 10, -5, 1) },
        { id: 'b', group: 'provincial-small', indicators: ind(null, 10, 5, 1) },
      ],
      { taxPerMu: 3, addedValuePerMu: 1, newInvestmentPerMu: 0, plotRatio: 0 },
    );
    expect(out.map((z) => [z.id, z.score])).toEqual([
      ['a', 100],
      ['b', 25],
    ]);
  });

  it('ranks a group of one first with a full score', () => {
    const out = rankZones([{ id: 'solo', group: 'national-and-large', indicators: ind(3, 3, 3, 0.5) }], EQUAL);
    expect(out).toMatchObject([{ id: 'solo', rank: 1, score: 100 }]);
  });
});

describe('zone indicators from plots (ratios of sums)', () => {
  const plots = [
    plot('p1', 'z', 2000, [row(2021, { fixedInvestmentWan: 100 }), row(2022, { annualTaxWan: 30, addedValueWan: 90, outputWan: 2500, fixedInvestmentWan: 160, floorAreaM2: 2000 })]),
    plot('p2', 'z', 1000, [row(2022, { annualTaxWan: 0, addedValueWan: 15, outputWan: 100, fixedInvestmentWan: 40, floorAreaM2: 500 })]),
    plot('p3', 'z', 1000, [row(2022, { operating: false, fixedInvestmentWan: null })], { contract: { contractDate: '2022-05-01', agreedCompletionDate: null, actualCompletionDate: null } }),
    plot('p4', 'z', 1000, [row(2022, { annualTaxWan: 999 })], { contract: { contractDate: '2023-01-01', agreedCompletionDate: null, actualCompletionDate: null } }),
  ];
  const h = zoneHistory(plots, ['z'], [2021, 2022], 2000);

  it('computes tax, 规上 added value, new investment and plot ratio per 亩 for the year', () => {
    const f = h.get(2022)?.get('z');
    // 3000 m² operating = 4.5 亩; p4 is contracted after the year and does not count.
    expect(f?.indicators.taxPerMu).toBeCloseTo(30 / 4.5, 12);
    // only p1's enterprise is 规上 (output 2500 ≥ 2000): 90 over the 4.5 亩 of operating plots with added value.
    expect(f?.indicators.addedValuePerMu).toBeCloseTo(90 / 4.5, 12);
    // p1: 160 − 100; p2 has no 2021 row → all 40 is new; p3 has no figure.
    expect(f?.indicators.newInvestmentPerMu).toBeCloseTo(100 / 4.5, 12);
    expect(f?.indicators.plotRatio).toBeCloseTo(2500 / 3000, 12);
    expect(f?.plotCount).toBe(3);
    expect(f?.outputWan).toBe(2600);
  });

  it('has no new investment in the first data year, and skips a plot whose previous figure is missing', () => {
    expect(h.get(2021)?.get('z')?.indicators.newInvestmentPerMu).toBeNull();
    const gap = plot('g', 'z', 1000, [row(2021), row(2022, { fixedInvestmentWan: 50 })]);
    expect(newInvestmentOf(gap, 2022, 2021)).toBeNull();
  });
});

describe('Henan plan targets', () => {
  const hist = new Map<number, IndicatorValues>([
    [2021, ind(10, 20, null, 0.5)],
    [2022, ind(12, 22, 40, 0.5)],
    [2025, ind(15, 26, 50, 0.6)],
  ]);
  it('uses the earliest year with data as a labelled substitute for the 2020 base', () => {
    const [tax, added, invest] = trackTargets(hist, 2025, S.targets);
    expect(tax).toMatchObject({ indicator: 'taxPerMu', baseYear: 2021, substitute: true, base: 10, target: 15, current: 15, met: true });
    expect(added?.met).toBe(false); // 26 < 20 × 1.35 = 27
    expect(added?.growth).toBeCloseTo(0.3, 12);
    expect(invest).toMatchObject({ baseYear: 2022, base: 40, target: 60, met: false });
  });
  it('uses the plan’s own base year when the data reaches back to it', () => {
    const withBase = new Map(hist).set(2020, ind(8, 20, 30, 0.4));
    expect(trackTargets(withBase, 2025, S.targets)[0]).toMatchObject({ baseYear: 2020, substitute: false, base: 8, target: 12 });
  });
});
