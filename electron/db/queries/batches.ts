import type { AreaGeometry } from '../../../shared/domain/geometry';
import type { BatchInput } from '../../../shared/rules/unsupplied';
import type { Db } from '../connection';

export interface BatchRecord extends BatchInput {
  approvalNo: string;
  zoneId: string;
  geometry: AreaGeometry | null;
}

interface BatchRow {
  id: string;
  approval_no: string;
  approval_date: string;
  zone_id: string;
  approved_area_m2: number;
  withdrawn_area_m2: number;
  geometry: string | null;
}

/** Batches with their supplies: the plots supplied from each batch, dated by contract date. */
export function loadBatches(db: Db): BatchRecord[] {
  const rows = db.prepare('SELECT * FROM batches ORDER BY approval_date, id').all() as BatchRow[];
  const supplies = db
    .prepare(
      `SELECT p.batch_id, c.contract_date AS date, p.land_area_m2 AS area
       FROM plots p JOIN contracts c ON c.plot_id = p.id WHERE p.batch_id IS NOT NULL AND c.contract_date IS NOT NULL`,
    )
    .all() as { batch_id: string; date: string; area: number }[];
  const byBatch = new Map<string, { date: string; areaM2: number }[]>();
  for (const s of supplies) {
    const list = byBatch.get(s.batch_id) ?? [];
    list.push({ date: s.date, areaM2: s.area });
    byBatch.set(s.batch_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    approvalNo: r.approval_no,
    approvedDate: r.approval_date,
    zoneId: r.zone_id,
    approvedAreaM2: r.approved_area_m2,
    withdrawnAreaM2: r.withdrawn_area_m2,
    geometry: r.geometry === null ? null : (JSON.parse(r.geometry) as AreaGeometry),
    supplies: byBatch.get(r.id) ?? [],
  }));
}

/** One batch's reference (no supplies): what a plot's detail shows. */
export function loadBatchRef(db: Db, id: string): { id: string; approvalNo: string; approvalDate: string } | null {
  const row = db.prepare('SELECT id, approval_no, approval_date FROM batches WHERE id = ?').get(id) as
    | { id: string; approval_no: string; approval_date: string }
    | undefined;
  return row ? { id: row.id, approvalNo: row.approval_no, approvalDate: row.approval_date } : null;
}
