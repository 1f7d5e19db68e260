import type { InspectionView, PhotoView } from '../../../shared/api/idleLandViews';
import { LifecycleStatus } from '../../../shared/domain/enums';
import { InspectionStage, PositionSource, StartBasis } from '../../../shared/schemas/inspection';
import type { Db } from '../connection';

interface InspectionRow {
  id: string;
  plot_id: string;
  inspected_at: string;
  inspector: string;
  recorded_at: string;
  suspected_status: string | null;
  planning_permit_no: string | null;
  construction_permit_no: string | null;
  started: number;
  start_basis: string | null;
  started_on: string | null;
  stage: string;
  percent_built: number | null;
  developed_area_share: number | null;
  invested_share: number | null;
  suspended_since: string | null;
  completed_on: string | null;
  acceptance_no: string | null;
  notes: string;
  lon: number | null;
  lat: number | null;
  accuracy_m: number | null;
  position_source: string | null;
  outside_plot_m: number | null;
}

interface PhotoRow {
  id: string;
  inspection_id: string;
  original_name: string;
  stored_name: string;
  sha256: string;
  bytes: number;
  mime: string;
  taken_at: string | null;
  lon: number | null;
  lat: number | null;
  outside_plot_m: number | null;
}

export interface NewInspection extends Omit<InspectionRow, 'started'> {
  started: boolean;
  recorded_by: string;
}

export interface NewPhoto extends PhotoRow {
  seq: number;
}

export function insertInspection(db: Db, r: NewInspection): void {
  db.prepare(
    `INSERT INTO inspections (id, plot_id, inspected_at, inspector, recorded_at, recorded_by, suspected_status, planning_permit_no,
       construction_permit_no, started, start_basis, started_on, stage, percent_built, developed_area_share, invested_share,
       suspended_since, completed_on, acceptance_no, notes, lon, lat, accuracy_m, position_source, outside_plot_m)
     VALUES (@id, @plot_id, @inspected_at, @inspector, @recorded_at, @recorded_by, @suspected_status, @planning_permit_no,
       @construction_permit_no, @started, @start_basis, @started_on, @stage, @percent_built, @developed_area_share, @invested_share,
       @suspended_since, @completed_on, @acceptance_no, @notes, @lon, @lat, @accuracy_m, @position_source, @outside_plot_m)`,
  ).run({ ...r, started: r.started ? 1 : 0 });
}

export function insertPhoto(db: Db, p: NewPhoto): void {
  db.prepare(
    `INSERT INTO inspection_photos (id, inspection_id, seq, original_name, stored_name, sha256, bytes, mime, taken_at, lon, lat, outside_plot_m)
     VALUES (@id, @inspection_id, @seq, @original_name, @stored_name, @sha256, @bytes, @mime, @taken_at, @lon, @lat, @outside_plot_m)`,
  ).run(p);
}

function photoView(p: PhotoRow): PhotoView {
  return {
    id: p.id,
    originalName: p.original_name,
    sha256: p.sha256,
    bytes: p.bytes,
    mime: p.mime,
    takenAt: p.taken_at,
    lon: p.lon,
    lat: p.lat,
    outsidePlotM: p.outside_plot_m,
  };
}

function inspectionView(r: InspectionRow, photos: PhotoView[]): InspectionView {
  return {
    id: r.id,
    plotId: r.plot_id,
    inspectedAt: r.inspected_at,
    inspector: r.inspector,
    recordedAt: r.recorded_at,
    suspectedStatus: r.suspected_status === null ? null : LifecycleStatus.parse(r.suspected_status),
    planningPermitNo: r.planning_permit_no,
    constructionPermitNo: r.construction_permit_no,
    started: r.started === 1,
    startBasis: r.start_basis === null ? null : StartBasis.parse(r.start_basis),
    startedOn: r.started_on,
    stage: InspectionStage.parse(r.stage),
    percentBuilt: r.percent_built,
    developedAreaShare: r.developed_area_share,
    investedShare: r.invested_share,
    suspendedSince: r.suspended_since,
    completedOn: r.completed_on,
    acceptanceNo: r.acceptance_no,
    notes: r.notes,
    position:
      r.lon === null || r.lat === null
        ? null
        : { lon: r.lon, lat: r.lat, accuracyM: r.accuracy_m, source: PositionSource.parse(r.position_source ?? 'entered') },
    outsidePlotM: r.outside_plot_m,
    photos,
  };
}

/** A plot's inspections, newest visit first, each with its photos in the order they were added. */
export function loadInspections(db: Db, filter: { plotId?: string; id?: string }): InspectionView[] {
  const where = filter.id !== undefined ? 'i.id = ?' : 'i.plot_id = ?';
  const arg = filter.id ?? filter.plotId ?? '';
  const rows = db.prepare(`SELECT i.* FROM inspections i WHERE ${where} ORDER BY i.inspected_at DESC, i.recorded_at DESC`).all(arg) as InspectionRow[];
  const photos = db
    .prepare(`SELECT p.* FROM inspection_photos p JOIN inspections i ON i.id = p.inspection_id WHERE ${where} ORDER BY p.seq`)
    .all(arg) as PhotoRow[];
  const byInspection = new Map<string, PhotoView[]>();
  for (const p of photos) byInspection.set(p.inspection_id, [...(byInspection.get(p.inspection_id) ?? []), photoView(p)]);
  return rows.map((r) => inspectionView(r, byInspection.get(r.id) ?? []));
}

export function loadPhotoFile(db: Db, photoId: string): { storedName: string; mime: string } | null {
  const row = db.prepare('SELECT stored_name, mime FROM inspection_photos WHERE id = ?').get(photoId) as
    | { stored_name: string; mime: string }
    | undefined;
  return row ? { storedName: row.stored_name, mime: row.mime } : null;
}
