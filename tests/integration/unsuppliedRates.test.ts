import { describe, expect, it } from 'vitest';
import { embeddedDataset } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

// The zone KPIs' 近五年供地率 and 本年处置率 recomputed here from what the other answers show: batches.list (approval
// date, areas, age in completed years) and plots.list (each plot's batch, contract date and area), on the seeded data.
const { call } = seededApiSuite();
const referenceDate = embeddedDataset().meta.referenceDate;
const earlier = `${Number(referenceDate.slice(0, 4)) - 2}-08-15`;

type Sums = { approved: number; supplied: number; fiveYearBatches: number; stock: number; disposed: number };
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function recompute(asOf: string) {
  const batches = call('batches.list', { asOf });
  const plots = call('plots.list', { asOf });
  const from = `${asOf.slice(0, 4)}-01-01`;
  const suppliedFrom = (batchId: string, test: (date: string) => boolean) =>
    plots.filter((p) => p.batchId === batchId && p.contractDate !== null && test(p.contractDate)).reduce((s, p) => s + p.landAreaM2, 0);
  const byZone = new Map<string, Sums>();
  for (const b of batches) {
    const z = byZone.get(b.zoneId) ?? { approved: 0, supplied: 0, fiveYearBatches: 0, stock: 0, disposed: 0 };
    if (b.ageYears < 5) {
      z.fiveYearBatches += 1;
      z.approved += b.approvedAreaM2;
      z.supplied += suppliedFrom(b.id, (d) => d <= asOf);
    }
    if (b.approvalDate < from) {
      const stock = Math.max(0, b.approvedAreaM2 - suppliedFrom(b.id, (d) => d < from) - b.withdrawnAreaM2);
      z.stock += stock;
      z.disposed += Math.min(stock, suppliedFrom(b.id, (d) => d >= from && d <= asOf));
    }
    byZone.set(b.zoneId, z);
  }
  return { byZone, from };
}

describe.each([referenceDate, earlier])('unsupplied-land rates as of %s', (asOf) => {
  const zones = call('zones.list', { asOf });
  const { byZone, from } = recompute(asOf);

  it('each zone’s 近五年供地率 and 本年处置率 equal the recomputation from batches.list and plots.list', () => {
    for (const zone of zones) {
      const r = zone.kpi.unsuppliedRates;
      const e = byZone.get(zone.id) ?? { approved: 0, supplied: 0, fiveYearBatches: 0, stock: 0, disposed: 0 };
      expect(r.fiveYear.batches, zone.id).toBe(e.fiveYearBatches);
      expect(r.fiveYear.approvedAreaM2).toBeCloseTo(e.approved, 6);
      expect(r.fiveYear.suppliedAreaM2).toBeCloseTo(e.supplied, 6);
      expect(r.fiveYear.rate).toBe(ratio(r.fiveYear.suppliedAreaM2, r.fiveYear.approvedAreaM2));
      if (e.approved > 0) expect(r.fiveYear.rate).toBeCloseTo(e.supplied / e.approved, 12);
      expect(r.disposal).toMatchObject({ from, to: asOf });
      expect(r.disposal.unsuppliedAtStartM2).toBeCloseTo(e.stock, 6);
      expect(r.disposal.disposedAreaM2).toBeCloseTo(e.disposed, 6);
      if (e.stock > 0) expect(r.disposal.rate).toBeCloseTo(e.disposed / e.stock, 12);
      else expect(r.disposal.rate).toBeNull();
    }
  });

  it('report.zone carries the same rates as zones.list for every zone', () => {
    for (const zone of zones) expect(call('report.zone', { asOf, zoneId: zone.id }).zone.kpi.unsuppliedRates).toEqual(zone.kpi.unsuppliedRates);
  });

  it('the data exercise both rates: some zone has batches in the window and land disposed in the period', () => {
    const sums = [...byZone.values()];
    expect(sums.some((s) => s.fiveYearBatches > 0 && s.supplied > 0)).toBe(true);
    expect(sums.some((s) => s.disposed > 0)).toBe(true);
  });
});
