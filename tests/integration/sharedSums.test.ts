import { describe, expect, it } from 'vitest';
import type { BatchView, PlotRow, ZoneView } from '../../shared/api/views';
import { reportedBatches } from '../../shared/report/batchList';
import { compareOverdue, isReportedOverdue } from '../../shared/report/overdueList';
import type { ZoneReport } from '../../shared/report/reportViews';
import { batchTotals, batchTotalsByZone } from '../../shared/rules/batchTotals';
import { countWithStatus, statusBreakdown } from '../../shared/rules/statusBreakdown';
import { embeddedDataset } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

// The screens add up API answers with the shared functions; on the seeded data those sums must be the server's own
// figures (zone KPIs, report lists), since both come from one rule.
const { callAs: call } = seededApiSuite();
const asOf = embeddedDataset().meta.referenceDate;

describe('shared sums over API answers', () => {
  const zones = call<ZoneView[]>('zones.list', { asOf });
  const batches = call<BatchView[]>('batches.list', { asOf });

  it('batch totals per zone are the zone KPIs’ 批而未供 and 供地率', () => {
    const perZone = batchTotalsByZone(batches);
    expect(perZone.length).toBeGreaterThan(1);
    for (const s of perZone) {
      const kpi = zones.find((z) => z.id === s.zoneId)?.kpi;
      expect(s.unsuppliedMu).toBeCloseTo(kpi?.unsuppliedAreaMu ?? Number.NaN, 9);
      expect(s.supplyRate).toBeCloseTo(kpi?.supplyRate ?? Number.NaN, 12);
      expect(Object.values(s.unsuppliedMuByBucket).reduce((a, b) => a + b, 0)).toBeCloseTo(s.unsuppliedMu, 9);
    }
    const city = batchTotals(batches);
    expect(city.batches).toBe(batches.length);
    expect(city.unsuppliedMu).toBeCloseTo(zones.reduce((a, z) => a + z.kpi.unsuppliedAreaMu, 0), 9);
  });

  it('each zone report’s status counts, overdue list and batch list follow the shared rules', () => {
    for (const zone of zones) {
      const report = call<ZoneReport>('report.zone', { asOf, zoneId: zone.id });
      const byStatus = statusBreakdown(report.plots);
      expect(byStatus.map((s) => countWithStatus(byStatus, s.status))).toEqual([zone.kpi.compliant, zone.kpi.noncompliant, zone.kpi.incomplete]);
      expect(byStatus.reduce((a, s) => a + s.landAreaMu, 0)).toBeCloseTo(zone.kpi.landAreaMu, 6);

      const plots = call<PlotRow[]>('plots.list', { asOf, zoneId: zone.id }).filter((p) => p.supplied);
      const overdue = plots.filter((p) => p.lifecycle !== null && isReportedOverdue(p.lifecycle));
      expect(report.idle.map((p) => p.parcelNo).sort()).toEqual(overdue.map((p) => p.parcelNo).sort());
      expect([...report.idle].sort(compareOverdue)).toEqual(report.idle);

      expect(report.batches).toEqual(reportedBatches(batches.filter((b) => b.zoneId === zone.id)));
    }
  });
});
