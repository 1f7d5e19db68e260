import { describe, expect, it } from 'vitest';
import { fullPeriodFrom } from '../../shared/domain/dates';
import type { BatchInput } from '../../shared/rules/unsupplied';
import {
  belowFiveYearFloor,
  combineUnsuppliedRates,
  disposalPeriod,
  fiveYearSupply,
  inFiveYearWindow,
  periodDisposal,
  unsuppliedRatesOf,
} from '../../shared/rules/unsuppliedRates';

const batch = (id: string, approvedDate: string, approvedAreaM2: number, supplies: BatchInput['supplies'] = [], withdrawnAreaM2 = 0): BatchInput => ({
  id,
  approvedDate,
  approvedAreaM2,
  withdrawnAreaM2,
  supplies,
});

describe('近五年供地率 (five-year supply rate)', () => {
  it('leaves out a batch exactly five years old by the 《民法典》 period rule and keeps one a day younger', () => {
    const asOf = '2025-06-30';
    // full(2020-06-29, 5) = 2025-06-30: five years completed on the as-of date, so out; approved 2020-06-30: not yet.
    expect(fullPeriodFrom('2020-06-29', 5)).toBe(asOf);
    expect(inFiveYearWindow('2020-06-29', asOf)).toBe(false);
    expect(inFiveYearWindow('2020-06-30', asOf)).toBe(true);
    const r = fiveYearSupply([batch('old', '2020-06-29', 1000, [{ date: '2021-01-01', areaM2: 1000 }]), batch('young', '2020-06-30', 4000, [{ date: '2022-03-01', areaM2: 1000 }])], asOf);
    expect(r).toEqual({ batches: 1, approvedAreaM2: 4000, suppliedAreaM2: 1000, rate: 0.25 });
  });

  it('follows 29 February: approved 2020-02-29 completes five years on 2025-03-01', () => {
    expect(inFiveYearWindow('2020-02-29', '2025-02-28')).toBe(true);
    expect(inFiveYearWindow('2020-02-29', '2025-03-01')).toBe(false);
  });

  it('is a ratio of sums, counts only supplies dated by the as-of date, and ignores batches approved after it', () => {
    const asOf = '2024-12-31';
    const r = fiveYearSupply(
      [
        batch('a', '2022-01-10', 10000, [{ date: '2023-05-01', areaM2: 9000 }, { date: '2025-01-02', areaM2: 1000 }]),
        batch('b', '2023-04-01', 90000, [{ date: '2024-12-31', areaM2: 9000 }]),
        batch('future', '2025-01-01', 50000),
      ],
      asOf,
    );
    // The mean of the batches' rates would be 0.5; Σ 18000 / Σ 100000 = 0.18.
    expect(r.approvedAreaM2).toBe(100000);
    expect(r.suppliedAreaM2).toBe(18000);
    expect(r.rate).toBeCloseTo(0.18, 12);
  });

  it('marks a rate under 60 % and not one of exactly 60 % or no rate', () => {
    expect(belowFiveYearFloor(0.5999)).toBe(true);
    expect(belowFiveYearFloor(0.6)).toBe(false);
    expect(belowFiveYearFloor(null)).toBe(false);
  });
});

describe('本年处置率 (disposal rate of the year)', () => {
  it('runs from 1 January of the as-of year to the as-of date', () => {
    expect(disposalPeriod('2024-07-15')).toEqual({ from: '2024-01-01', to: '2024-07-15' });
  });

  it('counts a supply dated 1 January as disposed and one dated 31 December before as reducing the stock', () => {
    const r = periodDisposal([batch('a', '2020-03-01', 10000, [{ date: '2023-12-31', areaM2: 2000 }, { date: '2024-01-01', areaM2: 3000 }])], '2024-01-01');
    expect(r).toEqual({ from: '2024-01-01', to: '2024-01-01', unsuppliedAtStartM2: 8000, disposedAreaM2: 3000, rate: 3000 / 8000 });
  });

  it('takes withdrawals (undated) off the stock, leaves out supplies after the date and batches approved in the period', () => {
    const r = periodDisposal(
      [
        batch('a', '2019-05-01', 10000, [{ date: '2024-03-01', areaM2: 1000 }, { date: '2024-09-01', areaM2: 2000 }], 4000),
        batch('new', '2024-01-01', 5000, [{ date: '2024-02-01', areaM2: 5000 }]),
      ],
      '2024-06-30',
    );
    expect(r.unsuppliedAtStartM2).toBe(6000);
    expect(r.disposedAreaM2).toBe(1000);
    expect(r.rate).toBeCloseTo(1000 / 6000, 12);
  });

  it('never disposes more than a batch had at the start', () => {
    const r = periodDisposal([batch('a', '2019-05-01', 10000, [{ date: '2024-03-01', areaM2: 9000 }], 4000)], '2024-06-30');
    expect(r).toMatchObject({ unsuppliedAtStartM2: 6000, disposedAreaM2: 6000, rate: 1 });
  });
});

describe('rates of several zones', () => {
  it('gives zeros and null rates for no batches', () => {
    expect(unsuppliedRatesOf([], '2024-06-30')).toEqual({
      fiveYear: { batches: 0, approvedAreaM2: 0, suppliedAreaM2: 0, rate: null },
      disposal: { from: '2024-01-01', to: '2024-06-30', unsuppliedAtStartM2: 0, disposedAreaM2: 0, rate: null },
    });
    expect(combineUnsuppliedRates([], '2024-06-30').fiveYear.rate).toBeNull();
  });

  it('combines zones as ratios of their sums, the same as over all their batches at once', () => {
    const asOf = '2024-06-30';
    const zoneA = [batch('a1', '2021-02-01', 10000, [{ date: '2023-02-01', areaM2: 9000 }]), batch('a2', '2018-02-01', 20000, [{ date: '2024-02-01', areaM2: 5000 }])];
    const zoneB = [batch('b1', '2022-08-01', 90000, [{ date: '2024-04-01', areaM2: 9000 }])];
    const city = combineUnsuppliedRates([unsuppliedRatesOf(zoneA, asOf), unsuppliedRatesOf(zoneB, asOf)], asOf);
    expect(city).toEqual(unsuppliedRatesOf([...zoneA, ...zoneB], asOf));
    expect(city.fiveYear.rate).toBeCloseTo(18000 / 100000, 12);
    expect(city.disposal.rate).toBeCloseTo(14000 / (1000 + 20000 + 90000), 12);
  });
});
