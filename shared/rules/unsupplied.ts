import { completedYears, type IsoDate } from '../domain/dates';
import type { AgeBucket } from '../domain/enums';
import { m2ToMu } from '../domain/units';
import type { LocalParameters } from './localParameters';

export interface BatchInput {
  id: string;
  approvedDate: IsoDate;
  approvedAreaM2: number;
  withdrawnAreaM2: number;
  supplies: { date: IsoDate; areaM2: number }[];
}

export interface UnsuppliedResult {
  id: string;
  unsuppliedAreaM2: number;
  unsuppliedMu: number;
  supplyRate: number;
  ageYears: number;
  bucket: AgeBucket;
  suppliedAreaM2: number;
}

export function ageBucket(ageYears: number, params: LocalParameters): AgeBucket {
  const [first, second] = params.ageBucketYears;
  if (ageYears < first) return '<2y';
  if (ageYears < second) return '2-5y';
  return '>=5y';
}

/** 批而未供面积 = 批准面积 − 已供应面积 − 已核减/撤回面积, counting supplies dated on or before the as-of date (domain.md §5). */
export function unsuppliedOf(batch: BatchInput, asOf: IsoDate, params: LocalParameters): UnsuppliedResult {
  const suppliedAreaM2 = batch.supplies.filter((s) => s.date <= asOf).reduce((sum, s) => sum + s.areaM2, 0);
  const unsuppliedAreaM2 = batch.approvedAreaM2 - suppliedAreaM2 - batch.withdrawnAreaM2;
  const ageYears = completedYears(batch.approvedDate, asOf);
  return {
    id: batch.id,
    unsuppliedAreaM2,
    unsuppliedMu: m2ToMu(unsuppliedAreaM2),
    supplyRate: suppliedAreaM2 / batch.approvedAreaM2,
    ageYears,
    bucket: ageBucket(ageYears, params),
    suppliedAreaM2,
  };
}
