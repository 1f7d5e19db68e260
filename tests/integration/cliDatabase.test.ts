import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CANONICAL_PLOT_KEYS } from '../../shared/domain/plotRecord';
import { runCli, runJson } from './runCli';
import { embeddedDataset } from './seededDb';
import { tempDir } from './tempDb';

const t = tempDir();
afterAll(() => t.remove());
const db = t.file('cli.sqlite');

const SUMMARY_KEYS = ['id', 'name', 'level', 'location', 'plotCount', 'landAreaMu', 'plotRatio', 'taxPerMu', 'investmentPerMu', 'compliant', 'noncompliant', 'incomplete', 'idleCount', 'idleAreaMu', 'unsuppliedAreaMu', 'supplyRate'];
type Summary = Record<string, number | string | null> & { plotRatio: number; taxPerMu: number; id: string };

describe('summary on a fresh database', () => {
  it('creates the database from data/ and reproduces the survey figures 0.77 / 0.31 / 15.20 / 1.08', () => {
    const today = runJson<Summary[]>(['summary', '--db', db]);
    expect(existsSync(db)).toBe(true);
    const dated = runJson<Summary[]>(['summary', '--db', db, '--as-of', embeddedDataset().meta.referenceDate]);
    for (const zones of [today, dated]) {
      expect(zones).toHaveLength(8);
      for (const z of zones) expect(Object.keys(z)).toEqual(SUMMARY_KEYS);
      const ratios = zones.map((z) => z.plotRatio);
      const taxes = zones.map((z) => z.taxPerMu);
      expect(Math.max(...ratios)).toBe(0.77);
      expect(Math.min(...ratios)).toBe(0.31);
      expect(Math.max(...taxes)).toBe(15.2);
      expect(Math.min(...taxes)).toBe(1.08);
    }
    expect(new Set(today.map((z) => z.level))).toEqual(new Set(['national', 'provincial']));
  });
  it('human-readable output in Chinese and English', () => {
    expect(runCli(['summary', '--db', db]).stdout).toContain('濮阳经济技术开发区');
    expect(runCli(['summary', '--db', db, '--lang', 'en']).stdout).toContain('plot ratio');
  });
});

describe('plots', () => {
  it('returns the canonical properties plus status and lifecycle, per zone', () => {
    const plots = runJson<Record<string, unknown>[]>(['plots', '--db', db, '--zone', 'taiqian', '--as-of', '2026-11-27']);
    expect(plots.length).toBeGreaterThan(10);
    for (const key of [...CANONICAL_PLOT_KEYS, 'status', 'lifecycle']) expect(plots[0]).toHaveProperty(key);
    expect(plots.every((p) => p.zoneId === 'taiqian')).toBe(true);
  });
  it('refuses an unknown zone or a bad date with exit 1', () => {
    const r = runCli(['plots', '--db', db, '--zone', 'atlantis', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('atlantis');
    expect(runCli(['plots', '--db', db, '--as-of', '27/11/2026', '--json']).code).toBe(1);
  });
  it('resolves a relative --db against the folder the user is in', () => {
    runJson(['summary', '--db', 'relative.sqlite'], t.dir);
    expect(existsSync(t.file('relative.sqlite'))).toBe(true);
  });
});

describe('plots and summary agree', () => {
  it('list the same plots as of an earlier date, and summary recomputes from plots', () => {
    const asOf = '2023-06-30';
    const plots = runJson<{ zoneId: string; landAreaM2: number; floorAreaM2: number | null; contractDate: string | null }[]>(['plots', '--db', db, '--as-of', asOf]);
    const zones = runJson<Summary[]>(['summary', '--db', db, '--as-of', asOf]);
    expect(plots.every((p) => p.contractDate === null || p.contractDate <= asOf)).toBe(true);
    for (const z of zones) {
      const mine = plots.filter((p) => p.zoneId === z.id);
      expect(mine.length).toBe(z.plotCount);
      const withFloor = mine.filter((p) => p.floorAreaM2 !== null);
      const ratio = withFloor.reduce((s, p) => s + (p.floorAreaM2 ?? 0), 0) / withFloor.reduce((s, p) => s + p.landAreaM2, 0);
      expect(z.plotRatio).toBeCloseTo(ratio, 9);
    }
  });
});

describe('plots --json agrees with the stateless engine commands', () => {
  it('recomputing lifecycle and evaluation from what plots reports gives the same answers, plot by plot', () => {
    const asOf = '2026-11-27';
    type Row = Record<string, unknown> & { parcelNo: string; zoneId: string; status: string; lifecycle: string | null; agreedStartDate: string | null };
    const plots = runJson<Row[]>(['plots', '--db', db, '--as-of', asOf]);
    const zones = new Map(runJson<Summary[]>(['summary', '--db', db, '--as-of', asOf]).map((z) => [z.id, z]));
    const supplied = plots.filter((p) => p.agreedStartDate !== null);
    const lifecycleInput = supplied.map((p) => ({
      id: p.parcelNo,
      ...Object.fromEntries(['agreedStartDate', 'actualStartDate', 'agreedCompletionDate', 'actualCompletionDate', 'suspendedSince', 'developedAreaShare', 'investedShare', 'governmentCause', 'landPriceWan'].map((k) => [k, p[k]])),
    }));
    writeFileSync(t.file('life.json'), JSON.stringify(lifecycleInput));
    const life = runJson<{ id: string; status: string }[]>(['lifecycle', '--input', t.file('life.json'), '--as-of', asOf]);
    expect(life.map((l) => l.status)).toEqual(supplied.map((p) => p.lifecycle));
    const evalInput = plots.map((p) => ({
      id: p.parcelNo,
      zoneLevel: zones.get(p.zoneId)?.level,
      zoneLocation: zones.get(p.zoneId)?.location,
      ...Object.fromEntries(['projectType', 'landAreaM2', 'floorAreaM2', 'buildingFootprintM2', 'fixedInvestmentWan', 'annualTaxWan', 'operating'].map((k) => [k, p[k]])),
    }));
    writeFileSync(t.file('eval.json'), JSON.stringify(evalInput));
    const evaluated = runJson<{ id: string; status: string }[]>(['evaluate', '--input', t.file('eval.json')]);
    expect(evaluated.map((e) => e.status)).toEqual(plots.map((p) => p.status));
  });
});
