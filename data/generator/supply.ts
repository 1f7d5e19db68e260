/** Approval batches (批次) over a zone's blocks, and which parcels were supplied from which batch. */
import type { IsoDate } from '../../shared/domain/dates';
import { addDays, randomDate } from './dateUtil';
import { LocalFrame, type Xy } from './geo';
import type { Block, Cell } from './layout';
import type { Rng } from './prng';
import { REFERENCE_DATE } from './schedule';
import type { ZoneSpec } from './zones';

export interface BatchPlan {
  id: string;
  approvalNo: string;
  approvalDate: IsoDate;
  blocks: Block[];
  withdrawnAreaM2: number;
}

/** A parcel that was supplied: from a batch, or from older stock (no batch), within a contract-date window. */
export interface Slot {
  cell: Cell;
  block: Block;
  batch: BatchPlan | null;
  /** Sub-district index for the parcel number: 0 for old stock, then one per batch. */
  district: number;
  lo: IsoDate;
  hi: IsoDate;
}

export interface ZoneSupply {
  batches: BatchPlan[];
  slots: Slot[];
}

const LEGACY_WINDOW: [IsoDate, IsoDate] = ['2004-01-01', '2011-12-31'];

/** Share of a batch left unsupplied as of the reference date, by approval year. */
function emptyShare(year: number, spec: ZoneSpec): number {
  const base = year <= 2014 ? 0.05 : year <= 2018 ? 0.12 : year <= 2021 ? 0.25 : year <= 2023 ? 0.45 : 0.8;
  return Math.min(0.9, Math.max(0.04, (base * spec.unsuppliedShare) / 0.22));
}

function approvalDate(rng: Rng, year: number): IsoDate {
  const last = year >= 2026 ? '2026-07-31' : `${year}-12-20`;
  return randomDate(rng, `${year}-01-10`, last);
}

/** Approval numbers 豫政土〔year〕n号, unique across the dataset. */
export class ApprovalNumbers {
  private readonly used = new Set<string>();
  next(rng: Rng, year: number): string {
    for (;;) {
      const no = `豫政土〔${year}〕${rng.int(12, 680)}号`;
      if (!this.used.has(no)) {
        this.used.add(no);
        return no;
      }
    }
  }
}

export function planSupply(spec: ZoneSpec, blocks: readonly Block[], rng: Rng, numbers: ApprovalNumbers): ZoneSupply {
  const frame = new LocalFrame(spec.centre[0], spec.centre[1]);
  const seat: Xy = frame.toLocal(spec.seat);
  const dist = (b: Block) => Math.hypot(b.centre[0] - seat[0], b.centre[1] - seat[1]) + rng.float(0, 250);
  const ordered = blocks.map((b) => [b, dist(b)] as const).sort((a, b) => a[1] - b[1]).map(([b]) => b);
  const legacyCount = Math.max(2, Math.round(ordered.length * 0.1));
  const rest = ordered.slice(legacyCount);
  const n = spec.batchYears.length;
  const weights = spec.batchYears.map((_, i) => 1 - 0.55 * (i / Math.max(1, n - 1)) ** 2);
  const total = weights.reduce((s, w) => s + w, 0);
  const slots: Slot[] = [];
  const batches: BatchPlan[] = [];

  const supplyFrom = (bs: readonly Block[], batch: BatchPlan | null, district: number, share: number, lo: IsoDate, hi: IsoDate): number => {
    const area = bs.reduce((s, b) => s + b.areaM2, 0);
    let empty = 0;
    // The farthest blocks stay empty whole (unsupplied land lies at the edge), then a few single parcels.
    const emptyBlocks = new Set<Block>();
    for (const b of [...bs].reverse()) {
      if (empty + b.areaM2 > share * area * 0.7) break;
      emptyBlocks.add(b);
      empty += b.areaM2;
    }
    // A batch always keeps at least one parcel unsupplied (none for old stock, share 0).
    const keep = share > 0 && emptyBlocks.size === 0 ? rng.pick(bs.flatMap((b) => b.cells)) : null;
    for (const b of bs) {
      if (emptyBlocks.has(b)) continue;
      for (const cell of b.cells) {
        if (cell === keep || (empty < share * area && rng.chance(share * 0.6))) {
          empty += cell.areaM2;
          continue;
        }
        slots.push({ cell, block: b, batch, district, lo, hi });
      }
    }
    return empty;
  };

  supplyFrom(ordered.slice(0, legacyCount), null, 0, 0, LEGACY_WINDOW[0], LEGACY_WINDOW[1]);
  let at = 0;
  spec.batchYears.forEach((year, i) => {
    const count = i === n - 1 ? rest.length - at : Math.max(1, Math.round((rest.length * (weights[i] as number)) / total));
    const bs = rest.slice(at, at + count);
    at += count;
    if (bs.length === 0) return;
    const date = approvalDate(rng, year);
    const batch: BatchPlan = { id: `${spec.id}-${year}-${i + 1}`, approvalNo: numbers.next(rng, year), approvalDate: date, blocks: bs, withdrawnAreaM2: 0 };
    const empty = supplyFrom(bs, batch, i + 1, emptyShare(year, spec), addDays(date, 45), REFERENCE_DATE);
    if (empty > 0 && rng.chance(0.45)) batch.withdrawnAreaM2 = Math.round((empty * rng.float(0.1, 0.4)) / 100) * 100;
    batches.push(batch);
  });
  return { batches, slots };
}
