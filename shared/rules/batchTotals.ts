import { AgeBucket } from '../domain/enums';

/** What a set of approval batches adds up from: each batch's areas as of the date and its unsupplied 亩 and age bucket. */
export interface BatchFigures {
  approvedAreaM2: number;
  suppliedAreaM2: number;
  withdrawnAreaM2: number;
  unsuppliedMu: number;
  bucket: AgeBucket;
}

export interface BatchTotals {
  batches: number;
  approvedAreaM2: number;
  suppliedAreaM2: number;
  withdrawnAreaM2: number;
  unsuppliedMu: number;
  /** Σ supplied / Σ approved: a ratio of sums (domain.md §6); null when nothing was approved. */
  supplyRate: number | null;
  unsuppliedMuByBucket: Record<AgeBucket, number>;
}

/** 供地率 of a set of batches: Σ supplied / Σ approved (a ratio of sums, never a mean of the batches' rates). */
export function supplyRateOf(suppliedM2: number, approvedM2: number): number | null {
  return approvedM2 > 0 ? suppliedM2 / approvedM2 : null;
}

/** 批而未供 of a set of batches: the sum of each batch's unsupplied 亩 (as the engine computed them, domain.md §5). */
export function unsuppliedMuOf(batches: readonly { unsuppliedMu: number }[]): number {
  return batches.reduce((sum, b) => sum + b.unsuppliedMu, 0);
}

/** The sums of a set of batches' figures, with the supply rate as a ratio of those sums. */
export function batchTotals(batches: readonly BatchFigures[]): BatchTotals {
  const byBucket = Object.fromEntries(AgeBucket.options.map((b) => [b, 0])) as Record<AgeBucket, number>;
  let approved = 0;
  let supplied = 0;
  let withdrawn = 0;
  for (const b of batches) {
    approved += b.approvedAreaM2;
    supplied += b.suppliedAreaM2;
    withdrawn += b.withdrawnAreaM2;
    byBucket[b.bucket] += b.unsuppliedMu;
  }
  return {
    batches: batches.length,
    approvedAreaM2: approved,
    suppliedAreaM2: supplied,
    withdrawnAreaM2: withdrawn,
    unsuppliedMu: unsuppliedMuOf(batches),
    supplyRate: supplyRateOf(supplied, approved),
    unsuppliedMuByBucket: byBucket,
  };
}

/** batchTotals per zone, zones in the order their first batch comes. */
export function batchTotalsByZone<B extends BatchFigures & { zoneId: string }>(batches: readonly B[]): (BatchTotals & { zoneId: string })[] {
  const byZone = new Map<string, B[]>();
  for (const b of batches) {
    const list = byZone.get(b.zoneId);
    if (list) list.push(b);
    else byZone.set(b.zoneId, [b]);
  }
  return [...byZone].map(([zoneId, list]) => ({ zoneId, ...batchTotals(list) }));
}
