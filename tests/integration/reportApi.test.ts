import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { PlotRow, ZoneView } from '../../shared/api/views';
import type { ReportSettings, ZoneReport } from '../../shared/report/reportViews';
import { embeddedDataset } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

const { db, deps, callAs: call } = seededApiSuite();
const asOf = embeddedDataset().meta.referenceDate;

const auditCount = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE record_id = 'report.signoff'").get() as { n: number }).n;

describe('report.zone', () => {
  it('agrees with the zone list and the plot list it sums up', () => {
    const zone = call<ZoneView[]>('zones.list', { asOf }).find((z) => z.id === 'nanle');
    const plots = call<PlotRow[]>('plots.list', { asOf, zoneId: 'nanle' }).filter((p) => p.supplied);
    const report = call<ZoneReport>('report.zone', { asOf, zoneId: 'nanle' });
    expect(report.zone.kpi).toEqual(zone?.kpi);
    expect(report.plots.length).toBe(plots.length);
    expect(report.noncompliant.map((p) => p.parcelNo).sort()).toEqual(plots.filter((p) => p.status === 'noncompliant').map((p) => p.parcelNo).sort());
    for (const p of report.noncompliant) {
      expect(p.failures.length).toBeGreaterThan(0);
      for (const f of p.failures) expect(f.gap === null || f.gap < 0).toBe(true);
    }
    const tally = report.tallies.find((x) => x.metric === 'plot-ratio');
    expect(tally?.fail).toBe(plots.filter((p) => p.failedRules.some((r) => r.startsWith('plot-ratio'))).length);
    // A county zone: only the county standard-factory rules apply there, not the central-city ones.
    expect(report.ruleSet.rules.find((r) => r.id === 'plot-ratio-standard-factory-county')?.projectTypes).toEqual(['standard-factory']);
    expect(report.ruleSet.rules.find((r) => r.id === 'plot-ratio-standard-factory-central')?.projectTypes).toEqual([]);
    const idleCount = report.idle.filter((p) => ['idle', 'idle-reclaimable', 'idle-government-cause', 'stalled-idle'].includes(p.lifecycle)).length;
    expect(idleCount).toBe(zone?.kpi.idleCount);
    expect(report.batches.every((b) => b.unsuppliedAreaM2 > 0 && b.zoneId === 'nanle')).toBe(true);
  });

  it('answers not-found for an unknown zone', () => {
    const r = dispatch(deps, 'report.zone', { asOf, zoneId: 'nowhere' }, () => {});
    expect(r.ok ? null : r.error.code).toBe('not-found');
  });
});

describe('report.settings', () => {
  it('stores the sign-off with an audit row and returns it', () => {
    const before = auditCount();
    const input: ReportSettings = { preparingUnit: '濮阳市自然资源和规划局', preparedBy: '张三', reviewedBy: '李四', approvedBy: '王五' };
    expect(call<ReportSettings>('report.settings.set', input)).toEqual(input);
    expect(call<ReportSettings>('report.settings.get', {})).toEqual(input);
    expect(auditCount()).toBe(before + 1);
    expect(call<ZoneReport>('report.zone', { asOf, zoneId: 'gaoxin' }).settings).toEqual(input);
  });

  it('rejects a bad field by name and leaves settings and audit untouched', () => {
    const stored = call<ReportSettings>('report.settings.get', {});
    const before = auditCount();
    const r = dispatch(deps, 'report.settings.set', { ...stored, approvedBy: 'x'.repeat(41) }, () => {});
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain('approvedBy');
    expect(call<ReportSettings>('report.settings.get', {})).toEqual(stored);
    expect(auditCount()).toBe(before);
  });
});
