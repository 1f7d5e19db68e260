import { crsFromName } from '../../../shared/import/crs';
import type { SourceRecord } from '../../../shared/import/records';
import { FileReadError, type SourceTable } from '../../../shared/import/table';
import type { Cell } from '../../../shared/import/values';
import { decodeText, guessEncoding } from './encoding';

const isCell = (v: unknown): v is Cell => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function cell(v: unknown): Cell {
  if (isCell(v)) return v;
  return v === undefined ? null : JSON.stringify(v);
}

/** The properties as cells; the parsed object itself when every value already is one (the usual case: no copy). */
function cellsOf(props: Record<string, unknown>): Record<string, Cell> {
  for (const k in props) {
    if (!isCell(props[k])) return Object.fromEntries(Object.entries(props).map(([key, v]) => [key, cell(v)]));
  }
  return props as Record<string, Cell>;
}

/** A FeatureCollection (or one Feature); the 2008 `crs` member names a projected CRS when the file is not lon/lat. */
export function readGeoJson(bytes: Uint8Array): SourceTable {
  const encoding = guessEncoding(bytes);
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes, encoding));
  } catch (e) {
    throw new FileReadError('geojsonBadJson', { detail: (e as Error).message });
  }
  const doc = data as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  const features = doc.type === 'FeatureCollection' ? doc.features : doc.type === 'Feature' ? [doc] : null;
  if (!Array.isArray(features)) throw new FileReadError('geojsonNotCollection');
  const crsName = doc.crs?.properties?.name;
  const crs = typeof crsName === 'string' ? crsFromName(crsName) : null;
  if (typeof crsName === 'string' && crs === null) throw new FileReadError('geojsonBadCrs', { crs: crsName });
  const columns: string[] = [];
  const seen = new Set<string>();
  const records: SourceRecord[] = features.map((f: unknown, i) => {
    const feature = (typeof f === 'object' && f !== null ? f : {}) as { properties?: unknown; geometry?: unknown };
    const props = typeof feature.properties === 'object' && feature.properties !== null ? (feature.properties as Record<string, unknown>) : {};
    for (const k in props) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
    return { ref: { feature: i + 1 }, cells: cellsOf(props), geometry: feature.geometry ?? null };
  });
  return { format: 'geojson', columns, records, crs, encoding, warnings: [] };
}
