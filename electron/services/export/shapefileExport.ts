import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { polygonsOf, type AreaGeometry } from '../../../shared/domain/geometry';
import type { ExportRow } from '../../../shared/exchange/exportColumns';
import { SHP_COLUMNS, SHP_EXPORT_PRJ, type ShpEncoding, type ShpExportCrs } from '../../../shared/exchange/shapefileColumns';
import { CRS_DEFS, isGeographic } from '../../../shared/import/crs';
import { writeDbf } from './dbfWriter';
import { writeShp, type OutPolygon } from './shpWriter';

export interface ShapefileRequest {
  rows: readonly ExportRow[];
  geometries: readonly (AreaGeometry | null)[];
  crs: ShpExportCrs;
  encoding: ShpEncoding;
  stem: string;
  now: Date;
}

/** The zipped layer: .shp, .shx, .dbf, .prj and .cpg under one stem, geometry in lon/lat or a Gauss-Krüger zone. */
export function writeShapefileZip(r: ShapefileRequest): Uint8Array {
  const project = isGeographic(r.crs) ? null : proj4(CRS_DEFS['EPSG:4490'], CRS_DEFS[r.crs]);
  const toOut = ([lon, lat]: [number, number]): [number, number] => {
    if (!project) return [lon, lat];
    const [x, y] = project.forward([lon, lat]);
    return [x ?? NaN, y ?? NaN];
  };
  const shapes = r.geometries.map((g): OutPolygon[] | null => (g === null ? null : polygonsOf(g).map((polygon) => polygon.map((ring) => ring.map(toOut)))));
  const { shp, shx } = writeShp(shapes);
  const dbf = writeDbf(r.rows, SHP_COLUMNS, r.encoding, r.now);
  const text = new TextEncoder();
  return zipSync({
    [`${r.stem}.shp`]: shp,
    [`${r.stem}.shx`]: shx,
    [`${r.stem}.dbf`]: dbf,
    [`${r.stem}.prj`]: text.encode(SHP_EXPORT_PRJ[r.crs]),
    [`${r.stem}.cpg`]: text.encode(r.encoding === 'gbk' ? 'GBK' : 'UTF-8'),
  });
}
