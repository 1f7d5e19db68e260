import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { GradingReport, RankingReport } from '../../shared/api/benchmarkViews';
import { todayIso } from '../../shared/domain/dates';
import { m2ToMu } from '../../shared/domain/units';
import { DEFAULT_BENCHMARK_SETTINGS } from '../../shared/rules/benchmarkSettings';
import { chooseBenchmarkYear, yearsWithData } from '../../shared/rules/benchmarkYear';
import { classCutoffs } from '../../shared/rules/percentileClasses';
import { runCli, runJson } from './runCli';
import { embeddedDataset } from './seededDb';
import { tempDir } from './tempDb';
import { seededApiSuite } from './seededApiSuite';

const t = tempDir();
const file = t.file('bench.sqlite');
afterAll(() => t.remove());

interface Rank {
  id: string;
  name: string;
  group: string;
  score: number;
  rank: number;
  indicators: { taxPerMu: number | null; addedValuePerMu: number | null; newInvestmentPerMu: number | null; plotRatio: number | null };
}
interface Grade {
  creditCode: string;
  landUser: string;
  landAreaMu: number;
  score: number | null;
  class: string;
}

const ds = embeddedDataset();
const ORDER = ['A', 'B', 'C', 'D'];

describe('rank', () => {
  const ranks = runJson<Rank[]>(['rank', '--db', file]);

  it('returns the eight zones in two groups with exactly the contract’s keys', () => {
    expect(ranks).toHaveLength(8);
    for (const z of ranks) {
      expect(Object.keys(z)).toEqual(['id', 'name', 'group', 'score', 'rank', 'indicators']);
      expect(Object.keys(z.indicators)).toEqual(['taxPerMu', 'addedValuePerMu', 'newInvestmentPerMu', 'plotRatio']);
    }
    expect(new Set(ranks.map((z) => z.id))).toEqual(new Set(ds.zones.map((z) => z.id)));
    // Grouped by the report's 2023 tiers: national or tier ≤ 2 (> 200 亿) first.
    for (const zone of ds.zones) {
      const expected = zone.level === 'national' || zone.tier <= 2 ? 'national-and-large' : 'provincial-small';
      expect(ranks.find((z) => z.id === zone.id)?.group, zone.id).toBe(expected);
    }
    expect(new Set(ranks.map((z) => z.group)).size).toBe(2);
  });

  it('ranks consistently within each group: 1…n by descending score, listed in rank order', () => {
    for (const group of new Set(ranks.map((z) => z.group))) {
      const members = ranks.filter((z) => z.group === group);
      expect(members.map((z) => z.rank)).toEqual(members.map((_, i) => i + 1));
      for (let i = 1; i < members.length; i += 1) expect(members[i - 1]!.score).toBeGreaterThan(members[i]!.score);
      expect(Math.max(...members.map((z) => z.score))).toBeLessThanOrEqual(100);
    }
  });

  it('defaults to the latest complete year with data and agrees with summary on tax per 亩 and plot ratio', () => {
    const expected = chooseBenchmarkYear(yearsWithData(ds.plots), todayIso(new Date()));
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    expect(runJson<Rank[]>(['rank', '--db', file, '--year', String(expected.year)])).toEqual(ranks);
    // summary as of the dataset's reference date evaluates the year 2025 with the same ratios of sums.
    const y2025 = runJson<Rank[]>(['rank', '--db', file, '--year', '2025']);
    const summary = runJson<{ id: string; taxPerMu: number; plotRatio: number }[]>(['summary', '--db', file, '--as-of', ds.meta.referenceDate]);
    for (const s of summary) {
      const z = y2025.find((r) => r.id === s.id);
      expect(z?.indicators.taxPerMu, s.id).toBe(s.taxPerMu);
      expect(z?.indicators.plotRatio, s.id).toBe(s.plotRatio);
    }
  });

  it('has no new investment per 亩 in the first data year and still ranks on the other three', () => {
    const first = runJson<Rank[]>(['rank', '--db', file, '--year', '2021']);
    expect(first.map((z) => z.indicators.newInvestmentPerMu)).toEqual(first.map(() => null));
    expect(first.filter((z) => z.rank === 1)).toHaveLength(2);
  });

  it('refuses a year without data or a malformed year (exit 1, naming the flag), and prints Chinese or English text', () => {
    const none = runCli(['rank', '--db', file, '--year', '2019', '--json']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('--year: year 2019 has no metrics (years with data: 2021, 2022, 2023, 2024, 2025)');
    expect(runCli(['rank', '--db', file, '--year', '25', '--json']).stderr).toContain('--year must be a year YYYY');
    const zh = runCli(['rank', '--db', file, '--year', '2025']).stdout;
    expect(zh).toContain('第一组');
    expect(zh).toContain('1. 濮阳经济技术开发区');
    expect(runCli(['rank', '--db', file, '--lang', 'en']).stdout).toContain('Group 2');
  });
});

/** The rule of the classes: in score order, a class changes exactly at the preset's cut-off unless equal scores straddle it. */
function expectPresetClasses(grades: Grade[], preset: 'henan' | 'zhejiang'): void {
  const graded = grades.filter((g) => g.class !== 'ungraded');
  const cutoffs = classCutoffs(DEFAULT_BENCHMARK_SETTINGS.grading.presets[preset], graded.length);
  const classes = DEFAULT_BENCHMARK_SETTINGS.grading.presets[preset].map((c) => c.class);
  graded.forEach((g, i) => {
    const nominal = classes[cutoffs.findIndex((c) => i < c)];
    if (g.class === nominal) return;
    // Off its nominal class only as part of a tie that reaches across the cut-off.
    const tiedAcross = graded.some((o, j) => o.score === g.score && classes[cutoffs.findIndex((c) => j < c)] === g.class);
    expect(tiedAcross, `${g.creditCode} at ${i}: ${g.class}, nominal ${nominal}`).toBe(true);
  });
  for (let i = 1; i < graded.length; i += 1) {
    const [a, b] = [graded[i - 1]!, graded[i]!];
    expect(a.score!).toBeGreaterThanOrEqual(b.score!);
    expect(ORDER.indexOf(a.class)).toBeLessThanOrEqual(ORDER.indexOf(b.class));
  }
}

describe('grade', () => {
  const henan = runJson<Grade[]>(['grade', '--db', file, '--year', '2025']);

  it('lists every enterprise by credit code with exactly the contract’s keys', () => {
    for (const g of henan) expect(Object.keys(g)).toEqual(['creditCode', 'landUser', 'landAreaMu', 'score', 'class']);
    const held = new Set(ds.plots.filter((p) => p.contract.contractDate <= '2025-12-31').map((p) => p.creditCode));
    expect(new Set(henan.map((g) => g.creditCode))).toEqual(held);
    expect(henan.filter((g) => g.class === 'ungraded').every((g) => g.score === null)).toBe(true);
    expect(henan.filter((g) => g.class !== 'ungraded').every((g) => typeof g.score === 'number')).toBe(true);
  });

  it('sums an enterprise’s land across its plots', () => {
    const multi = [...new Set(ds.plots.map((p) => p.creditCode))].filter((c) => ds.plots.filter((p) => p.creditCode === c && p.contract.contractDate <= '2025-12-31').length > 1);
    expect(multi.length).toBeGreaterThan(5);
    for (const code of multi.slice(0, 20)) {
      const m2 = ds.plots.filter((p) => p.creditCode === code && p.contract.contractDate <= '2025-12-31').reduce((s, p) => s + p.landAreaM2, 0);
      expect(henan.find((g) => g.creditCode === code)?.landAreaMu, code).toBeCloseTo(m2ToMu(m2), 8);
    }
  });

  it('follows the Henan percentiles (A top 15 %, C bottom 10 %) and never puts a higher score in a lower class', () => {
    expect(new Set(henan.map((g) => g.class))).toEqual(new Set(['A', 'B', 'C', 'ungraded']));
    expectPresetClasses(henan, 'henan');
  });

  it('follows the Zhejiang percentiles (A 20 / B 45 / C 30 / D 5 %)', () => {
    const zhejiang = runJson<Grade[]>(['grade', '--db', file, '--year', '2025', '--preset', 'zhejiang']);
    for (const c of ['A', 'B', 'C']) expect(zhejiang.some((g) => g.class === c), c).toBe(true);
    expectPresetClasses(zhejiang, 'zhejiang');
  });

  it('refuses an unknown preset and prints readable text', () => {
    const bad = runCli(['grade', '--db', file, '--preset', 'jiangsu', '--json']);
    expect([bad.code, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toContain('--preset must be henan or zhejiang');
    expect(runCli(['grade', '--db', file, '--year', '2025']).stdout).toContain('亩均效益评价 2025 年（河南分档）');
    expect(runCli(['grade', '--db', file, '--year', '2025', '--lang', 'en']).stdout).toContain('not graded');
  });
});

describe('benchmark API and objection notes', () => {
  const { db, deps, callAs: ok } = seededApiSuite();
  const call = (method: string, input: unknown) => dispatch(deps, method, input, () => {});

  it('reports the ranking with contributions that add up to the score, the history of every year and the plan targets', () => {
    const r = ok<RankingReport>('benchmark.ranking', { asOf: ds.meta.referenceDate });
    expect([r.year, r.defaultYear, r.years]).toEqual([2025, 2025, [2021, 2022, 2023, 2024, 2025]]);
    for (const z of r.zones) expect(Object.values(z.contributions).reduce((s, v) => s + v, 0)).toBeCloseTo(z.score, 9);
    expect(r.history.map((h) => h.zones.length)).toEqual([8, 8, 8, 8, 8]);
    const jingkai = r.targets.zones.find((z) => z.zoneId === 'jingkai');
    expect(jingkai?.tracks.map((x) => [x.indicator, x.baseYear, x.substitute])).toEqual([
      ['taxPerMu', 2021, true],
      ['addedValuePerMu', 2021, true],
      ['newInvestmentPerMu', 2022, true],
    ]);
  });

  it('stores an objection note with audit rows, refuses a stale edit as a conflict and shows the note in the grading', () => {
    const grading = ok<GradingReport>('benchmark.grading', { asOf: ds.meta.referenceDate, preset: 'zhejiang' });
    const target = grading.enterprises.find((e) => e.class === 'D') ?? grading.enterprises[0];
    if (!target) throw new Error('no enterprise');
    const note = ok<{ rowVersion: number }>('benchmark.review.set', { creditCode: target.creditCode, year: grading.year, status: 'objection', note: '企业称2025年税收漏报', rowVersion: null, author: '王五' });
    expect(note.rowVersion).toBe(1);
    const stale = call('benchmark.review.set', { creditCode: target.creditCode, year: grading.year, status: 'upheld', note: '', rowVersion: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const again = ok<GradingReport>('benchmark.grading', { asOf: ds.meta.referenceDate, preset: 'zhejiang' });
    expect(again.enterprises.find((e) => e.creditCode === target.creditCode)?.review).toMatchObject({ status: 'objection', note: '企业称2025年税收漏报', updatedBy: '王五' });
    const audit = db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'enterprise_reviews'").get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it('takes new weights as a setting (validated, audited) and ranks with them', () => {
    const settings = ok<typeof DEFAULT_BENCHMARK_SETTINGS>('benchmark.settings.get', {});
    expect(settings).toEqual(DEFAULT_BENCHMARK_SETTINGS);
    const bad = call('benchmark.settings.set', { settings: { ...settings, ranking: { ...settings.ranking, weights: { taxPerMu: 0, addedValuePerMu: 0, newInvestmentPerMu: 0, plotRatio: 0 } } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('weight') } });
    const taxOnly = { ...settings, ranking: { ...settings.ranking, weights: { taxPerMu: 1, addedValuePerMu: 0, newInvestmentPerMu: 0, plotRatio: 0 } } };
    ok('benchmark.settings.set', { settings: taxOnly, author: '管理员' });
    const r = ok<RankingReport>('benchmark.ranking', { asOf: ds.meta.referenceDate });
    for (const group of new Set(r.zones.map((z) => z.group))) {
      const members = r.zones.filter((z) => z.group === group);
      const best = Math.max(...members.map((z) => z.indicators.taxPerMu ?? 0));
      for (const z of members) expect(z.score).toBeCloseTo(((z.indicators.taxPerMu ?? 0) / best) * 100, 9);
    }
    const audit = db.prepare("SELECT actor FROM audit_log WHERE table_name = 'settings' AND record_id = 'benchmark.settings'").all();
    expect(audit).toEqual([{ actor: '管理员' }]);
    ok('benchmark.settings.set', { settings });
  });

  it('names the bad field, the unknown enterprise and the year without data', () => {
    expect(call('benchmark.review.set', { creditCode: 'X', year: 2025, status: 'maybe', note: '', rowVersion: null })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('status') } });
    expect(call('benchmark.review.set', { creditCode: 'NOSUCHCODE', year: 2025, status: 'recheck', note: '', rowVersion: null })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(call('benchmark.grading', { asOf: ds.meta.referenceDate, year: 2030 })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('year 2030 has no metrics') } });
  });
});
