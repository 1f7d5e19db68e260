import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { PlotDetail, PlotRow, ZoneView } from '../../shared/api/views';
import { LifecycleStatus } from '../../shared/domain/enums';
import { embeddedDataset, openSeeded } from './seededDb';
import { tempDir } from './tempDb';
import { seededApiSuite } from './seededApiSuite';

const { db, created, seeded, deps, callAs: call, folder: t } = seededApiSuite();
const asOf = embeddedDataset().meta.referenceDate;

describe('first start', () => {
  it('creates the file and fills it from data/ once', () => {
    expect(created).toBe(true);
    expect(seeded).toBe(true);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const ds = embeddedDataset();
    expect(count('zones')).toBe(8);
    expect(count('plots')).toBe(ds.plots.length);
    expect(count('contracts')).toBe(ds.plots.length);
    expect(count('batches')).toBe(ds.batches.length);
    expect(count('plots_rtree')).toBe(ds.plots.length);
    expect(count('rule_sets')).toBe(1);
    expect(count('audit_log')).toBe(1);
    const again = openSeeded(t.file('land.sqlite'));
    expect([again.created, again.seeded]).toEqual([false, false]);
    again.db.close();
  });
  it('a failing seed leaves the database empty', () => {
    const u = tempDir();
    const ds = embeddedDataset();
    const broken = { ...ds, plots: [...ds.plots, { ...ds.plots[0]!, id: '00000000-0000-4000-8000-000000000000' }] };
    expect(() => openSeeded(u.file('b.sqlite'), () => broken)).toThrow(/UNIQUE/);
    const retry = openSeeded(u.file('b.sqlite'), () => ({ ...ds, zones: ds.zones }));
    expect((retry.db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n).toBe(ds.plots.length);
    retry.db.close();
    u.remove();
  });
});

describe('API handlers on the seeded database', () => {
  it('lists the eight zones with KPIs', () => {
    const zones = call<ZoneView[]>('zones.list', { asOf });
    expect(zones).toHaveLength(8);
    expect(zones.filter((z) => z.level === 'national')).toHaveLength(1);
    for (const z of zones) {
      expect(z.kpi.plotCount).toBeGreaterThan(0);
      expect(z.kpi.compliant + z.kpi.noncompliant + z.kpi.incomplete).toBe(z.kpi.plotCount);
    }
  });
  it('lists plots with evaluation and lifecycle, every lifecycle state present', () => {
    const plots = call<PlotRow[]>('plots.list', { asOf });
    expect(plots).toHaveLength(embeddedDataset().plots.length);
    const states = new Set(plots.map((p) => p.lifecycle));
    for (const s of LifecycleStatus.options) expect(states).toContain(s);
    const zonePlots = call<PlotRow[]>('plots.list', { asOf, zoneId: 'qingfeng' });
    expect(zonePlots.every((p) => p.zoneId === 'qingfeng')).toBe(true);
  });
  it('explains a noncompliant plot', () => {
    const failing = call<PlotRow[]>('plots.list', { asOf }).find((p) => p.status === 'noncompliant');
    expect(failing).toBeDefined();
    const detail = call<PlotDetail>('plots.get', { asOf, id: failing?.id });
    const fail = detail.evaluation.findings.find((f) => f.result === 'fail');
    expect(fail?.text).toContain('调研报告');
    expect(fail?.gap).toBeLessThan(0);
    expect(detail.geometry.type).toMatch(/Polygon/);
    expect(detail.evaluation.ruleSet.id).toBe('puyang-report-2023');
  });
  it('answers not-found and bad input as data', () => {
    expect(dispatch(deps, 'plots.get', { asOf, id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dispatch(deps, 'plots.list', { asOf: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
