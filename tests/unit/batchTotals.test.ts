import { describe, expect, it } from 'vitest';
import { batchTotals, batchTotalsByZone, supplyRateOf, unsuppliedMuOf, type BatchFigures } from '../../shared/rules/batchTotals';
import { m2ToMu } from '../../shared/domain/units';

const batch = (zoneId: string, b: Partial<BatchFigures>): BatchFigures & { zoneId: string } => ({
  zoneId,
  approvedAreaM2: 0,
  suppliedAreaM2: 0,
  withdrawnAreaM2: 0,
  unsuppliedMu: 0,
  bucket: '<2y',
  ...b,
});

describe('batch totals', () => {
  it('takes the supply rate as Σ supplied / Σ approved, not the mean of the batches’ rates', () => {
    // Rates 0.9 and 0.1: their mean is 0.5, the ratio of sums (9000 + 9000) / (10000 + 90000) is 0.18.
    const t = batchTotals([
      batch('a', { approvedAreaM2: 10000, suppliedAreaM2: 9000, unsuppliedMu: 1.5, bucket: '<2y' }),
      batch('a', { approvedAreaM2: 90000, suppliedAreaM2: 9000, withdrawnAreaM2: 3000, unsuppliedMu: 117, bucket: '>=5y' }),
    ]);
    expect(t.supplyRate).toBeCloseTo(0.18, 12);
    expect(t).toMatchObject({ batches: 2, approvedAreaM2: 100000, suppliedAreaM2: 18000, withdrawnAreaM2: 3000, unsuppliedMu: 118.5 });
    expect(t.unsuppliedMuByBucket).toEqual({ '<2y': 1.5, '2-5y': 0, '>=5y': 117 });
  });

  it('gives zeros and a null rate for no batches, and a null rate when nothing was approved', () => {
    expect(batchTotals([])).toEqual({
      batches: 0,
      approvedAreaM2: 0,
      suppliedAreaM2: 0,
      withdrawnAreaM2: 0,
      unsuppliedMu: 0,
      supplyRate: null,
      unsuppliedMuByBucket: { '<2y': 0, '2-5y': 0, '>=5y': 0 },
    });
    expect(batchTotals([batch('a', { approvedAreaM2: 0, suppliedAreaM2: 0 })]).supplyRate).toBeNull();
    expect(supplyRateOf(5, 0)).toBeNull();
    expect(supplyRateOf(0, 8)).toBe(0);
    expect(unsuppliedMuOf([])).toBe(0);
  });

  it('adds up per zone, zones in the order of their first batch, each zone its own ratio of sums', () => {
    const zones = batchTotalsByZone([
      batch('b', { approvedAreaM2: 20000, suppliedAreaM2: 5000, unsuppliedMu: m2ToMu(15000), bucket: '2-5y' }),
      batch('a', { approvedAreaM2: 10000, suppliedAreaM2: 10000 }),
      batch('b', { approvedAreaM2: 60000, suppliedAreaM2: 55000, unsuppliedMu: m2ToMu(5000), bucket: '2-5y' }),
    ]);
    expect(zones.map((z) => z.zoneId)).toEqual(['b', 'a']);
    expect(zones[0]).toMatchObject({ batches: 2, approvedAreaM2: 80000, suppliedAreaM2: 60000, supplyRate: 0.75, unsuppliedMu: 30 });
    expect(zones[0]?.unsuppliedMuByBucket['2-5y']).toBe(30);
    expect(zones[1]).toMatchObject({ batches: 1, supplyRate: 1, unsuppliedMu: 0 });
    expect(batchTotalsByZone([])).toEqual([]);
  });
});
