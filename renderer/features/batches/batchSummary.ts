import type { BatchView } from '../../../shared/api/views';
import type { AgeBucket } from '../../../shared/domain/enums';
import { m2ToMu } from '../../../shared/domain/units';

export interface ZoneBatchSummary {
  zoneId: string;
  batches: number;
  approvedMu: number;
  suppliedMu: number;
  withdrawnMu: number;
  unsuppliedMu: number;
  /** Σ supplied / Σ approved (a ratio of sums). */
  supplyRate: number | null;
  byBucket: Record<AgeBucket, number>;
}

/** Per-zone sums of the batches' figures (the engine's per-batch results, added up; rates as ratios of sums). */
export function summarizeByZone(batches: readonly BatchView[]): ZoneBatchSummary[] {
  const byZone = new Map<string, ZoneBatchSummary>();
  for (const b of batches) {
    const s = byZone.get(b.zoneId) ?? {
      zoneId: b.zoneId,
      batches: 0,
      approvedMu: 0,
      suppliedMu: 0,
      withdrawnMu: 0,
      unsuppliedMu: 0,
      supplyRate: null,
      byBucket: { '<2y': 0, '2-5y': 0, '>=5y': 0 },
    };
    s.batches += 1;
    s.approvedMu += m2ToMu(b.approvedAreaM2);
    s.suppliedMu += m2ToMu(b.suppliedAreaM2);
    s.withdrawnMu += m2ToMu(b.withdrawnAreaM2);
    s.unsuppliedMu += b.unsuppliedMu;
    s.byBucket[b.bucket] += b.unsuppliedMu;
    byZone.set(b.zoneId, s);
  }
  return [...byZone.values()].map((s) => ({ ...s, supplyRate: s.approvedMu > 0 ? s.suppliedMu / s.approvedMu : null }));
}
