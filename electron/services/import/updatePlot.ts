import { bboxOf } from '../../../shared/domain/geometry';
import type { PlannedWrite } from '../../../shared/import/plan';
import type { Values } from '../../../shared/import/records';
import { DEFAULT_SUPPLY_METHOD, givesContractDates, operatingOf } from '../../../shared/import/writeRules';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { timeOrderedId } from '../../db/ids';
import { cachedStatement } from '../../db/statements';
import { CONTRACT_COLUMNS, METRIC_COLUMNS, PLOT_COLUMNS, sqlValue, type FieldColumns } from './plotColumns';

function given(values: Values, columns: FieldColumns): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, c] of columns) {
    const v = values[k];
    if (v !== undefined) out.push([c, sqlValue(v)]);
  }
  return out;
}

// Not worth an audit entry: the geometry (kept in the row and in the backup taken before the import) and what
// follows from other fields or from the entry itself (its bbox, record id and time).
const NOT_AUDITED = new Set(['geometry', 'min_lon', 'min_lat', 'max_lon', 'max_lat', 'id', 'updated_at']);

/**
 * Writes the update of an existing plot (new plots go through createPlotOps): the fields the record gives, its
 * contract and its metrics for the year updated or added, and one audit row with the old and new values.
 */
export function updatePlot(db: Db, w: PlannedWrite, at: string, actor: string, source: string): string {
  if (!w.existing) throw new Error('updatePlot needs an existing plot (new plots go through createPlotOps)');
  const v = w.draft.values;
  const g = w.draft.geometry;
  const plotSets = given(v, PLOT_COLUMNS).filter(([c]) => c !== 'land_area_m2');
  if (w.landAreaM2 !== null) plotSets.push(['land_area_m2', w.landAreaM2]);
  if (g) {
    const [minLon, minLat, maxLon, maxLat] = bboxOf(g);
    plotSets.push(['geometry', JSON.stringify(g)], ['original_crs', w.draft.crs ?? 'EPSG:4490'], ['min_lon', minLon], ['min_lat', minLat], ['max_lon', maxLon], ['max_lat', maxLat]);
  }
  plotSets.push(['zone_id', w.zoneId], ['updated_at', at]);
  const id = w.existing.id;
  if (v.parcelNo !== undefined) plotSets.push(['parcel_no', v.parcelNo]);
  const old: unknown = cachedStatement(db, `SELECT ${plotSets.filter(([c]) => !NOT_AUDITED.has(c)).map(([c]) => c).join(', ')} FROM plots WHERE id = ?`).get(id);
  cachedStatement(db, `UPDATE plots SET ${plotSets.map(([c]) => `${c} = ?`).join(', ')}, row_version = row_version + 1 WHERE id = ?`).run(...plotSets.map(([, x]) => x), id);
  const contract = writeContract(db, id, v);
  const metrics = writeMetrics(db, id, v, w.metricsYear);
  const newValue = Object.fromEntries([...plotSets, ...contract, ...metrics].filter(([c]) => !NOT_AUDITED.has(c)));
  appendAudit(db, at, { actor, action: 'import-update', table: 'plots', recordId: id, oldValue: old, newValue, reason: source });
  return id;
}

/** Returns the columns written (none when the row carries no contract facts). */
function writeContract(db: Db, plotId: string, v: Values): [string, unknown][] {
  const sets = given(v, CONTRACT_COLUMNS);
  if (sets.length === 0) return [];
  const row = cachedStatement(db, 'SELECT id FROM contracts WHERE plot_id = ?').get(plotId) as { id: string } | undefined;
  if (row) {
    cachedStatement(db, `UPDATE contracts SET ${sets.map(([c]) => `${c} = ?`).join(', ')}, row_version = row_version + 1 WHERE id = ?`).run(...sets.map(([, x]) => x), row.id);
    return sets;
  }
  if (!givesContractDates(v)) return [];
  const cols: [string, unknown][] = [['id', timeOrderedId()], ['plot_id', plotId], ['supply_method', v.supplyMethod ?? DEFAULT_SUPPLY_METHOD], ...sets.filter(([c]) => c !== 'supply_method')];
  cachedStatement(db, `INSERT INTO contracts (${cols.map(([c]) => c).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map(([, x]) => x));
  return cols.slice(2);
}

function writeMetrics(db: Db, plotId: string, v: Values, year: number): [string, unknown][] {
  const sets = given(v, METRIC_COLUMNS);
  if (sets.length === 0) return [];
  const exists = cachedStatement(db, 'SELECT 1 FROM plot_metrics WHERE plot_id = ? AND year = ?').get(plotId, year) !== undefined;
  if (exists) {
    cachedStatement(db, `UPDATE plot_metrics SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE plot_id = ? AND year = ?`).run(...sets.map(([, x]) => x), plotId, year);
    return [['year', year], ...sets];
  }
  const cols: [string, unknown][] = [['year', year], ['operating', operatingOf(v) ? 1 : 0], ...sets.filter(([c]) => c !== 'operating')];
  cachedStatement(db, `INSERT INTO plot_metrics (plot_id, ${cols.map(([c]) => c).join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`).run(plotId, ...cols.map(([, x]) => x));
  return cols;
}
