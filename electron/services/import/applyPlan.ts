import { randomUUID } from 'node:crypto';
import { bboxOf } from '../../../shared/domain/geometry';
import type { PlannedWrite } from '../../../shared/import/plan';
import type { Values } from '../../../shared/import/records';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { cachedStatement } from '../../db/statements';

const PLOT_COLUMNS: [keyof Values, string][] = [
  ['supervisionNo', 'supervision_no'], ['projectName', 'project_name'], ['landUser', 'land_user'], ['creditCode', 'credit_code'],
  ['landUseCode', 'land_use_code'], ['industryCode', 'industry_code'], ['projectType', 'project_type'], ['landArea', 'land_area_m2'],
  ['batchId', 'batch_id'],
];
const CONTRACT_COLUMNS: [keyof Values, string][] = [
  ['supplyMethod', 'supply_method'], ['contractDate', 'contract_date'], ['landPrice', 'land_price_wan'],
  ['agreedStartDate', 'agreed_start_date'], ['agreedCompletionDate', 'agreed_completion_date'], ['actualStartDate', 'actual_start_date'],
  ['actualCompletionDate', 'actual_completion_date'], ['suspendedSince', 'suspended_since'], ['developedAreaShare', 'developed_area_share'],
  ['investedShare', 'invested_share'], ['governmentCause', 'government_cause'],
];
const METRIC_COLUMNS: [keyof Values, string][] = [
  ['floorArea', 'floor_area_m2'], ['buildingFootprint', 'building_footprint_m2'], ['fixedInvestment', 'fixed_investment_wan'],
  ['annualTax', 'annual_tax_wan'], ['operating', 'operating'],
];

const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function given(values: Values, columns: [keyof Values, string][]): [string, unknown][] {
  return columns.flatMap(([k, c]) => (values[k] === undefined ? [] : [[c, sqlValue(values[k])] as [string, unknown]]));
}

/** Writes one planned plot: plot row, contract (only when the row gives contract dates), metrics for its year, audit. */
export function applyWrite(db: Db, w: PlannedWrite, at: string, actor: string, source: string): string {
  const v = w.draft.values;
  const g = w.draft.geometry;
  const plotSets = given(v, PLOT_COLUMNS).filter(([c]) => c !== 'land_area_m2');
  if (w.landAreaM2 !== null) plotSets.push(['land_area_m2', w.landAreaM2]);
  if (g) {
    const [minLon, minLat, maxLon, maxLat] = bboxOf(g);
    plotSets.push(['geometry', JSON.stringify(g)], ['original_crs', w.draft.crs ?? 'EPSG:4490'], ['min_lon', minLon], ['min_lat', minLat], ['max_lon', maxLon], ['max_lat', maxLat]);
  }
  plotSets.push(['zone_id', w.zoneId], ['updated_at', at]);
  let id: string;
  if (w.existing) {
    id = w.existing.id;
    if (v.parcelNo !== undefined) plotSets.push(['parcel_no', v.parcelNo]);
    const old = cachedStatement(db, `SELECT ${plotSets.map(([c]) => c).join(', ')} FROM plots WHERE id = ?`).get(id);
    cachedStatement(db, `UPDATE plots SET ${plotSets.map(([c]) => `${c} = ?`).join(', ')}, row_version = row_version + 1 WHERE id = ?`).run(...plotSets.map(([, x]) => x), id);
    appendAudit(db, at, { actor, action: 'import-update', table: 'plots', recordId: id, oldValue: old, newValue: Object.fromEntries(plotSets), reason: source });
  } else {
    id = randomUUID();
    const cols: [string, unknown][] = [['id', id], ['parcel_no', v.parcelNo], ['project_type', v.projectType ?? 'general'], ...plotSets.filter(([c]) => c !== 'project_type')];
    cachedStatement(db, `INSERT INTO plots (${cols.map(([c]) => c).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map(([, x]) => x));
    appendAudit(db, at, { actor, action: 'import-create', table: 'plots', recordId: id, newValue: Object.fromEntries(cols.filter(([c]) => c !== 'geometry')), reason: source });
  }
  writeContract(db, id, v, at, actor, source);
  writeMetrics(db, id, v, w.metricsYear, at, actor, source);
  return id;
}

function writeContract(db: Db, plotId: string, v: Values, at: string, actor: string, source: string): void {
  const sets = given(v, CONTRACT_COLUMNS);
  if (sets.length === 0) return;
  const row = cachedStatement(db, 'SELECT id FROM contracts WHERE plot_id = ?').get(plotId) as { id: string } | undefined;
  if (row) {
    cachedStatement(db, `UPDATE contracts SET ${sets.map(([c]) => `${c} = ?`).join(', ')}, row_version = row_version + 1 WHERE id = ?`).run(...sets.map(([, x]) => x), row.id);
  } else {
    const hasDates = v.contractDate !== undefined || v.agreedStartDate !== undefined;
    if (!hasDates) return;
    const cols: [string, unknown][] = [['id', randomUUID()], ['plot_id', plotId], ['supply_method', v.supplyMethod ?? '出让'], ...sets.filter(([c]) => c !== 'supply_method')];
    cachedStatement(db, `INSERT INTO contracts (${cols.map(([c]) => c).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map(([, x]) => x));
  }
  appendAudit(db, at, { actor, action: row ? 'import-update' : 'import-create', table: 'contracts', recordId: plotId, newValue: Object.fromEntries(sets), reason: source });
}

function writeMetrics(db: Db, plotId: string, v: Values, year: number, at: string, actor: string, source: string): void {
  const sets = given(v, METRIC_COLUMNS);
  if (sets.length === 0) return;
  const exists = cachedStatement(db, 'SELECT 1 FROM plot_metrics WHERE plot_id = ? AND year = ?').get(plotId, year);
  if (exists) {
    cachedStatement(db, `UPDATE plot_metrics SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE plot_id = ? AND year = ?`).run(...sets.map(([, x]) => x), plotId, year);
  } else {
    // Without a 是否投产 column a plot counts as operating once it reports tax or has been completed.
    const operating = v.operating ?? ((v.annualTax ?? 0) > 0 || v.actualCompletionDate !== undefined);
    const cols: [string, unknown][] = [['plot_id', plotId], ['year', year], ['operating', operating ? 1 : 0], ...sets.filter(([c]) => c !== 'operating')];
    cachedStatement(db, `INSERT INTO plot_metrics (${cols.map(([c]) => c).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map(([, x]) => x));
  }
  appendAudit(db, at, { actor, action: exists ? 'import-update' : 'import-create', table: 'plot_metrics', recordId: `${plotId}/${year}`, newValue: Object.fromEntries(sets), reason: source });
}
