import type { CrsCode } from './crs';
import { normaliseGeometry, readRings } from './geometryCheck';
import type { ColumnMapping } from './mapping';
import type { ImportParameters } from './parameters';
import { msg, type Msg } from './messages';
import { mapRecord, type ImportIssue, type PlotDraft, type SourceRecord } from './records';
import { parseGeometryText } from './wkt';

/** One record → a draft with lon/lat geometry, or the issues that reject it (every bad cell, then the geometry). */
export function draftRecord(
  record: SourceRecord,
  mapping: readonly ColumnMapping[],
  crs: CrsCode | null,
  params: ImportParameters,
): { ok: true; draft: PlotDraft } | { ok: false; issues: ImportIssue[] } {
  const { values, columns, issues } = mapRecord(record, mapping);
  const warnings: Msg[] = [];
  const geometryColumn = mapping.find((m) => m.field === 'geometry')?.column;
  let raw = record.geometry;
  if ((raw === null || raw === undefined) && values.geometry !== undefined) {
    raw = parseGeometryText(values.geometry);
    if (raw === null) issues.push({ ref: record.ref, field: geometryColumn ?? 'geometry', ...msg('not a POLYGON / MULTIPOLYGON WKT or GeoJSON geometry', '不是 POLYGON / MULTIPOLYGON 的 WKT 或 GeoJSON 图形') });
  }
  let geometry: PlotDraft['geometry'] = null;
  let geometryAreaM2: number | null = null;
  let usedCrs: CrsCode | null = null;
  if (raw !== null && raw !== undefined) {
    const rings = readRings(raw);
    const field = geometryColumn ?? 'geometry';
    if (!rings.ok) issues.push({ ref: record.ref, field, message: rings.message, messageZh: rings.messageZh });
    else {
      const g = normaliseGeometry(rings.polygons, crs, params.bounds);
      if (!g.ok) issues.push({ ref: record.ref, field, message: g.message, messageZh: g.messageZh });
      else {
        [geometry, geometryAreaM2, usedCrs] = [g.geometry, g.areaM2, g.crs];
        warnings.push(...g.warnings);
      }
    }
  }
  if (values.creditCode !== undefined && values.creditCode.length !== 18) {
    const column = columns.creditCode ?? 'creditCode';
    warnings.push(msg(`${column}: "${values.creditCode}" is not 18 characters`, `${column}：“${values.creditCode}”不是 18 位`));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, draft: { ref: record.ref, values, columns, geometry, geometryAreaM2, crs: usedCrs, warnings } };
}
