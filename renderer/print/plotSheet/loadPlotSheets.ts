import type { LandApi } from '../../../shared/api/contract';
import type { InspectionView } from '../../../shared/api/idleLandViews';
import type { PlotDetail, PlotShape, ZoneView } from '../../../shared/api/views';
import { bboxOf, type AreaGeometry, type Bbox } from '../../../shared/domain/geometry';
import { PlotIndex } from '../../../shared/geo/plotIndex';

/** Photos of the last inspection printed on a sheet: four fit the page at a legible size. */
const SHEET_PHOTOS = 4;
/** The map shows at least this many metres across, so a small plot still shows its street block. */
const MIN_VIEW_M = 320;
const M_PER_DEG_LAT = 111_320;

export interface SheetPhoto {
  id: string;
  name: string;
  takenAt: string | null;
  outsidePlotM: number | null;
  src: string;
}

export interface PlotSheetData {
  detail: PlotDetail;
  /** The box the sheet's map shows: the plot, grown to its surroundings. */
  view: Bbox;
  neighbours: { id: string; geometry: AreaGeometry }[];
  zoneBoundary: AreaGeometry | null;
  inspection: InspectionView | null;
  inspectionCount: number;
  photos: SheetPhoto[];
}

/** The plot's box grown by its own size each way (at least MIN_VIEW_M across), kept square in metres. */
export function sheetView(b: Bbox): Bbox {
  const [minLon, minLat, maxLon, maxLat] = b;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const cx = (minLon + maxLon) / 2;
  const cy = (minLat + maxLat) / 2;
  const spanM = Math.max((maxLon - minLon) * k * M_PER_DEG_LAT, (maxLat - minLat) * M_PER_DEG_LAT);
  const halfM = Math.max(spanM * 1.5, MIN_VIEW_M / 2);
  const dLat = halfM / M_PER_DEG_LAT;
  const dLon = dLat / k;
  return [cx - dLon, cy - dLat, cx + dLon, cy + dLat];
}

/**
 * Everything the plot sheets print, from the public API only: plots.get per plot, the zone's shapes once per zone
 * (neighbours), inspections.list and the last inspection's photos. Sheets keep the order of the ids given.
 */
export async function loadPlotSheets(api: LandApi, ids: readonly string[], asOf: string): Promise<PlotSheetData[]> {
  const details = await Promise.all(ids.map((id) => api['plots.get']({ asOf, id })));
  const zoneIds = [...new Set(details.map((d) => d.zone.id))];
  const [shapes, zones] = await Promise.all([
    Promise.all(zoneIds.map((zoneId) => api['plots.shapes']({ zoneId }))),
    api['zones.list']({ asOf }),
  ]);
  // One R-tree per zone: a bbox per shape once, not once per shape for every sheet (200 sheets × a zone's plots).
  const shapesByZone = new Map<string, PlotIndex<PlotShape>>(zoneIds.map((z, i) => [z, new PlotIndex(shapes[i] ?? [])]));
  const zonesById = new Map<string, ZoneView>(zones.map((z) => [z.id, z]));
  return Promise.all(
    details.map(async (detail) => {
      const view = sheetView(bboxOf(detail.geometry));
      const index = shapesByZone.get(detail.zone.id);
      const near = new Set(index?.search(view));
      const neighbours = (index?.items ?? []).filter((s) => s.id !== detail.plot.id && near.has(s));
      const inspections = await api['inspections.list']({ plotId: detail.plot.id });
      const last = [...inspections].sort((a, b) => b.inspectedAt.localeCompare(a.inspectedAt))[0] ?? null;
      const photos = await Promise.all(
        (last?.photos ?? []).slice(0, SHEET_PHOTOS).map(async (p) => {
          const file = await api['inspections.photo']({ photoId: p.id });
          return { id: p.id, name: p.originalName, takenAt: p.takenAt, outsidePlotM: p.outsidePlotM, src: `data:${file.mime};base64,${file.dataBase64}` };
        }),
      );
      return { detail, view, neighbours, zoneBoundary: zonesById.get(detail.zone.id)?.boundary ?? null, inspection: last, inspectionCount: inspections.length, photos };
    }),
  );
}
