import { unzipSync } from 'fflate';
import { crsFromWkt } from '../../../shared/import/crs';
import type { SourceRecord } from '../../../shared/import/records';
import { FileReadError, type SourceTable } from '../../../shared/import/table';
import { readDbf } from './dbf';
import type { ProgressSink } from './parseMessages';
import { decodeText, encodingFromCpg } from './encoding';
import { readShp } from './shp';

const MAX_UNZIPPED = 512 << 20;

/** A zipped Shapefile: one polygon layer (.shp + .dbf, optional .prj and .cpg). fflate reads the central directory first, so a zip cut short is refused at once. */
export function readShapefileZip(bytes: Uint8Array, progress: ProgressSink = () => undefined): SourceTable {
  progress({ stage: 'unzip' });
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new FileReadError('zipTooLarge', { mib: MAX_UNZIPPED >> 20 });
        return /\.(shp|dbf|prj|cpg)$/i.test(f.name) && !f.name.startsWith('__MACOSX/');
      },
    });
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError('zipDamaged', { detail: (e as Error).message });
  }
  const layers = [...new Set(Object.keys(files).filter((n) => /\.shp$/i.test(n)).map((n) => n.slice(0, -4)))];
  if (layers.length === 0) throw new FileReadError('zipNoShp');
  if (layers.length > 1) throw new FileReadError('zipSeveralLayers', { layers: layers.join(', ') });
  const base = layers[0] ?? '';
  const part = (ext: string) => Object.entries(files).find(([n]) => n.slice(0, -4) === base && n.slice(-4).toLowerCase() === ext)?.[1];
  const shp = part('.shp');
  const dbf = part('.dbf');
  if (!shp || !dbf) throw new FileReadError('zipNoDbf', { base });
  const prj = part('.prj');
  const cpg = part('.cpg');
  const warnings: string[] = [];
  const crs = prj ? crsFromWkt(decodeText(prj, 'utf-8')) : null;
  if (prj && crs === null) throw new FileReadError('prjUnsupported', { wkt: decodeText(prj, 'utf-8').slice(0, 80) });
  if (!prj) warnings.push('no .prj: coordinate system taken from the coordinates (8-digit easting → zone)');
  const cpgText = cpg ? decodeText(cpg, 'utf-8') : null;
  const declared = cpgText === null ? null : encodingFromCpg(cpgText);
  if (cpgText !== null && declared === null) warnings.push(`.cpg "${cpgText.trim()}" not recognised: encoding guessed`);
  progress({ stage: 'shp' });
  const shapes = readShp(shp);
  progress({ stage: 'dbf', total: shapes.length });
  const table = readDbf(dbf, declared);
  if (shapes.length !== table.rows.length) {
    throw new FileReadError('shpDbfCountMismatch', { features: shapes.length, records: table.rows.length });
  }
  const records: SourceRecord[] = [];
  shapes.forEach((geometry, i) => {
    const row = table.rows[i];
    if (!row) return;
    records.push({ ref: { feature: i + 1 }, cells: Object.fromEntries(table.fields.map((f, j) => [f, row[j] ?? null])), geometry });
  });
  return { format: 'shapefile', columns: table.fields, records, crs, encoding: `${table.encoding} (${table.encodingSource})`, warnings };
}
