import { bboxOf } from '../../../shared/domain/geometry';
import type { PlannedWrite } from '../../../shared/import/plan';
import type { Values } from '../../../shared/import/records';
import { DEFAULT_SUPPLY_METHOD, givesContractDates, operatingOf } from '../../../shared/import/writeRules';
import type { Db } from '../../db/connection';
import { timeOrderedId } from '../../db/ids';
import { cachedStatement } from '../../db/statements';
import { CONTRACT_COLUMNS, METRIC_COLUMNS, PLOT_COLUMNS, sqlValue as sql, type FieldColumns } from './plotColumns';

// One fixed statement per table for new plots: building the column list per row was a third of the write's time.
const INSERT_PLOT = `INSERT INTO plots (id, parcel_no, project_type, supervision_no, project_name, land_user, credit_code, land_use_code,
  industry_code, batch_id, land_area_m2, geometry, original_crs, min_lon, min_lat, max_lon, max_lat, zone_id, updated_at)
  VALUES (?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_CONTRACT = `INSERT INTO contracts (id, plot_id, supply_method, contract_date, land_price_wan, agreed_start_date,
  agreed_completion_date, actual_start_date, actual_completion_date, suspended_since, developed_area_share, invested_share, government_cause)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 0))`;
const INSERT_AUDIT = `INSERT INTO audit_log (uuid, at, actor, action, table_name, record_id, field, old_value, new_value, reason)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_METRICS = `INSERT INTO plot_metrics (plot_id, year, operating, floor_area_m2, building_footprint_m2, fixed_investment_wan, annual_tax_wan)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

// The audit entry names the fields the fixed statements write from the record; the others (type, area, supply
// method, operating) are set below with their defaults.
const without = (columns: FieldColumns, ...fields: (keyof Values)[]) => columns.filter(([k]) => !fields.includes(k));
const PLOT_FIELDS = without(PLOT_COLUMNS, 'projectType', 'landArea');
const CONTRACT_FIELDS = without(CONTRACT_COLUMNS, 'supplyMethod');
const METRIC_FIELDS = without(METRIC_COLUMNS, 'operating');

/** Copies the given fields into the audit entry under their column names (absent fields are not written, so not audited). */
function audit(into: Record<string, unknown>, v: Values, fields: FieldColumns): void {
  for (const [k, c] of fields) if (v[k] !== undefined) into[c] = sql(v[k]);
}

/** One statement of a new plot's write and its parameters: plain values, cheap to send to the writing thread. */
export type PlotOp = [statement: 0 | 1 | 2 | 3, ...params: unknown[]];

const STATEMENTS = [INSERT_PLOT, INSERT_CONTRACT, INSERT_METRICS, INSERT_AUDIT] as const;

/**
 * A plot new to the database, as statements: its row, a contract when the record gives contract dates, metrics for
 * its year when it gives any, and one audit entry naming every field written (not the geometry nor what follows
 * from it). Built where the record is checked, run where the database is written (runPlotOps).
 */
export function createPlotOps(w: PlannedWrite, at: string, actor: string, source: string): PlotOp[] {
  const v = w.draft.values;
  const g = w.draft.geometry;
  if (!g || w.landAreaM2 === null || v.parcelNo === undefined) throw new Error('a new plot needs a 宗地编号, a geometry and an area (the planner checks this)');
  const id = timeOrderedId();
  const [minLon, minLat, maxLon, maxLat] = bboxOf(g);
  const crs = w.draft.crs ?? 'EPSG:4490';
  const projectType = v.projectType ?? 'general';
  const ops: PlotOp[] = [
    [0, id, v.parcelNo, projectType, sql(v.supervisionNo), sql(v.projectName), sql(v.landUser), sql(v.creditCode), sql(v.landUseCode),
      sql(v.industryCode), sql(v.batchId), w.landAreaM2, JSON.stringify(g), crs, minLon, minLat, maxLon, maxLat, w.zoneId, at],
  ];
  const entry: Record<string, unknown> = { parcel_no: v.parcelNo, project_type: projectType };
  audit(entry, v, PLOT_FIELDS);
  Object.assign(entry, { land_area_m2: w.landAreaM2, original_crs: crs, zone_id: w.zoneId });
  if (givesContractDates(v)) {
    const supplyMethod = v.supplyMethod ?? DEFAULT_SUPPLY_METHOD;
    ops.push([1, timeOrderedId(), id, supplyMethod, sql(v.contractDate), sql(v.landPrice), sql(v.agreedStartDate), sql(v.agreedCompletionDate),
      sql(v.actualStartDate), sql(v.actualCompletionDate), sql(v.suspendedSince), sql(v.developedAreaShare), sql(v.investedShare), sql(v.governmentCause)]);
    entry.supply_method = supplyMethod;
    audit(entry, v, CONTRACT_FIELDS);
  }
  if (METRIC_COLUMNS.some(([k]) => v[k] !== undefined)) {
    const operating = operatingOf(v);
    ops.push([2, id, w.metricsYear, operating ? 1 : 0, sql(v.floorArea), sql(v.buildingFootprint), sql(v.fixedInvestment), sql(v.annualTax)]);
    Object.assign(entry, { year: w.metricsYear, operating: operating ? 1 : 0 });
    audit(entry, v, METRIC_FIELDS);
  }
  ops.push([3, timeOrderedId(), at, actor, 'import-create', 'plots', id, null, null, JSON.stringify(entry), source]);
  return ops;
}

export function runPlotOps(db: Db, ops: readonly PlotOp[]): void {
  for (const [statement, ...params] of ops) cachedStatement(db, STATEMENTS[statement]).run(...params);
}
