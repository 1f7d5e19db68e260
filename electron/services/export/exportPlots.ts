import writeXlsxFile from 'write-excel-file/node';
import { todayIso } from '../../../shared/domain/dates';
import { toCsv, toSheet, type ExportRow } from '../../../shared/exchange/exportColumns';
import type { ShpEncoding, ShpExportCrs } from '../../../shared/exchange/shapefileColumns';
import type { Db } from '../../db/connection';
import { loadPlotGeometries } from '../../db/queries/plots';
import { assessPlots } from '../assessments';
import { writeShapefileZip } from './shapefileExport';

export type ExportFormat = 'xlsx' | 'csv' | 'geojson' | 'shp';

export interface ExportRequest {
  format: ExportFormat;
  zoneId?: string | undefined;
  /** Only these plots (the UI's table filter); unknown ids are ignored. */
  plotIds?: readonly string[] | undefined;
  lang: 'zh' | 'en';
  now: Date;
  /** Shapefile only: output CRS (default lon/lat CGCS2000) and attribute encoding (default GBK). */
  crs?: ShpExportCrs | undefined;
  encoding?: ShpEncoding | undefined;
}

function rowsOf(db: Db, zoneId: string | undefined, now: Date): { id: string; row: ExportRow }[] {
  return assessPlots(db, todayIso(now), { zoneId }).map(({ plot, assessment }) => ({ id: plot.id, row: { ...assessment.canonical, projectName: plot.projectName } }));
}

/** The plots of a zone (or all) as a file: GeoJSON in lon/lat with the canonical properties, a sheet with Chinese headers and units, or a zipped Shapefile. */
export async function exportPlots(db: Db, r: ExportRequest): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string }> {
  const only = r.plotIds ? new Set(r.plotIds) : null;
  const withIds = rowsOf(db, r.zoneId, r.now).filter((x) => only === null || only.has(x.id));
  const rows = withIds.map((x) => x.row);
  const stem = `plots-${r.zoneId ?? 'all'}${only ? '-filtered' : ''}-${todayIso(r.now)}`;
  if (r.format === 'csv') return { bytes: new TextEncoder().encode(toCsv(rows, r.lang)), fileName: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8' };
  if (r.format === 'xlsx') {
    const buffer = await writeXlsxFile(toSheet(rows, r.lang), { sheet: r.lang === 'zh' ? '宗地' : 'plots' }).toBuffer();
    return { bytes: new Uint8Array(buffer), fileName: `${stem}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }
  const geometries = new Map(loadPlotGeometries(db, { zoneId: r.zoneId }).map((g) => [g.id, g.geometry]));
  if (r.format === 'shp') {
    const crs = r.crs ?? 'EPSG:4490';
    const bytes = writeShapefileZip({ rows, geometries: withIds.map((x) => geometries.get(x.id) ?? null), crs, encoding: r.encoding ?? 'gbk', stem, now: r.now });
    return { bytes, fileName: `${stem}-${crs.replace(':', '')}.zip`, mimeType: 'application/zip' };
  }
  const features = withIds.map(({ id, row }) => ({ type: 'Feature', id, properties: row, geometry: geometries.get(id) ?? null }));
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  return { bytes: new TextEncoder().encode(text), fileName: `${stem}.geojson`, mimeType: 'application/geo+json' };
}
