import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { unsuppliedOf, type BatchInput } from '../../shared/rules/unsupplied';

const batch: BatchInput = {
  id: 'B1',
  approvedDate: '2019-06-30',
  approvedAreaM2: 100000,
  withdrawnAreaM2: 10000,
  supplies: [
    { date: '2020-01-01', areaM2: 30000 },
    { date: '2024-07-01', areaM2: 20000 },
  ],
};
const at = (asOf: string, b: Partial<BatchInput> = {}) => unsuppliedOf({ ...batch, ...b }, asOf, DEFAULT_LOCAL_PARAMETERS);

describe('unsupplied land per batch', () => {
  it('counts only supplies dated on or before the as-of date', () => {
    expect(at('2024-06-30')).toMatchObject({ unsuppliedAreaM2: 60000, unsuppliedMu: 90, supplyRate: 0.3 });
    expect(at('2024-07-01')).toMatchObject({ unsuppliedAreaM2: 40000, unsuppliedMu: 60, supplyRate: 0.5 });
  });
  it('ages by full years and buckets < 2, 2–4, ≥ 5', () => {
    expect(at('2021-06-30')).toMatchObject({ ageYears: 1, bucket: '<2y' });
    expect(at('2021-07-01')).toMatchObject({ ageYears: 2, bucket: '2-5y' });
    expect(at('2024-06-30')).toMatchObject({ ageYears: 4, bucket: '2-5y' });
    expect(at('2024-07-01')).toMatchObject({ ageYears: 5, bucket: '>=5y' });
    expect(at('2019-06-30')).toMatchObject({ ageYears: 0, bucket: '<2y' });
  });
});
