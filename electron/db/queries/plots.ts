import { ProjectType } from '../../../shared/domain/enums';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import type { StoredPlot } from '../../../shared/domain/storedPlot';
import { SupplyMethod, type ContractSeed, type MetricsSeed } from '../../../shared/schemas/seed';
import type { Db } from '../connection';

interface PlotJoinRow {
  id: string;
  parcel_no: string;
  supervision_no: string | null;
  zone_id: string;
  project_name: string;
  land_user: string | null;
  credit_code: string | null;
  land_use_code: string | null;
  industry_code: string | null;
  project_type: string;
  land_area_m2: number;
  batch_id: string | null;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  supply_method: string | null;
  contract_date: string | null;
  land_price_wan: number | null;
  agreed_start_date: string | null;
  agreed_completion_date: string | null;
  actual_start_date: string | null;
  actual_completion_date: string | null;
  suspended_since: string | null;
  developed_area_share: number | null;
  invested_share: number | null;
  government_cause: number | null;
  government_cause_reason: string | null;
  agreed_plot_ratio_min: number | null;
  agreed_plot_ratio_max: number | null;
  committed_investment_wan: number | null;
}

interface MetricsRow {
  plot_id: string;
  year: number;
  operating: number;
  floor_area_m2: number | null;
  building_footprint_m2: number | null;
  fixed_investment_wan: number | null;
  annual_tax_wan: number | null;
  output_wan: number | null;
  added_value_wan: number | null;
  employees: number | null;
}

function contractOf(r: PlotJoinRow): ContractSeed | null {
  if (r.supply_method === null || r.contract_date === null || r.agreed_start_date === null) return null;
  return {
    supplyMethod: SupplyMethod.parse(r.supply_method),
    contractDate: r.contract_date,
    landPriceWan: r.land_price_wan,
    agreedStartDate: r.agreed_start_date,
    agreedCompletionDate: r.agreed_completion_date,
    actualStartDate: r.actual_start_date,
    actualCompletionDate: r.actual_completion_date,
    suspendedSince: r.suspended_since,
    developedAreaShare: r.developed_area_share,
    investedShare: r.invested_share,
    governmentCause: r.government_cause === 1,
    governmentCauseReason: r.government_cause_reason,
    agreedPlotRatioMin: r.agreed_plot_ratio_min,
    agreedPlotRatioMax: r.agreed_plot_ratio_max,
    committedInvestmentWan: r.committed_investment_wan,
  };
}

function metricsOf(r: MetricsRow): MetricsSeed {
  return {
    year: r.year,
    operating: r.operating === 1,
    floorAreaM2: r.floor_area_m2,
    buildingFootprintM2: r.building_footprint_m2,
    fixedInvestmentWan: r.fixed_investment_wan,
    annualTaxWan: r.annual_tax_wan,
    outputWan: r.output_wan,
    addedValueWan: r.added_value_wan,
    employees: r.employees,
  };
}

const PLOT_SELECT = `
  SELECT p.id, p.parcel_no, p.supervision_no, p.zone_id, p.project_name, p.land_user, p.credit_code, p.land_use_code,
         p.industry_code, p.project_type, p.land_area_m2, p.batch_id, p.min_lon, p.min_lat, p.max_lon, p.max_lat,
         c.supply_method, c.contract_date, c.land_price_wan, c.agreed_start_date, c.agreed_completion_date, c.actual_start_date,
         c.actual_completion_date, c.suspended_since, c.developed_area_share, c.invested_share, c.government_cause,
         c.government_cause_reason, c.agreed_plot_ratio_min, c.agreed_plot_ratio_max, c.committed_investment_wan
  FROM plots p LEFT JOIN contracts c ON c.plot_id = p.id`;

export interface PlotFilter {
  zoneId?: string | undefined;
  id?: string | undefined;
}

function plotWhere(filter: PlotFilter, alias: string): { clause: string; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.zoneId !== undefined) {
    where.push(`${alias}zone_id = ?`);
    args.push(filter.zoneId);
  }
  if (filter.id !== undefined) {
    where.push(`${alias}id = ?`);
    args.push(filter.id);
  }
  return { clause: where.length ? ` WHERE ${where.join(' AND ')}` : '', args };
}

/** Plots with their contract and all yearly metrics, in parcel-number order. */
export function loadPlots(db: Db, filter: PlotFilter = {}): StoredPlot[] {
  const { clause, args } = plotWhere(filter, 'p.');
  const rows = db.prepare(`${PLOT_SELECT}${clause} ORDER BY p.parcel_no`).all(...args) as PlotJoinRow[];
  const metricsSql = `SELECT m.* FROM plot_metrics m JOIN plots p ON p.id = m.plot_id${clause} ORDER BY m.plot_id, m.year`;
  const metrics = new Map<string, MetricsSeed[]>();
  for (const m of db.prepare(metricsSql).all(...args) as MetricsRow[]) {
    const list = metrics.get(m.plot_id) ?? [];
    list.push(metricsOf(m));
    metrics.set(m.plot_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    parcelNo: r.parcel_no,
    supervisionNo: r.supervision_no,
    zoneId: r.zone_id,
    projectName: r.project_name,
    landUser: r.land_user,
    creditCode: r.credit_code,
    landUseCode: r.land_use_code,
    industryCode: r.industry_code,
    projectType: ProjectType.parse(r.project_type),
    landAreaM2: r.land_area_m2,
    batchId: r.batch_id,
    bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
    contract: contractOf(r),
    metrics: metrics.get(r.id) ?? [],
  }));
}

export function loadPlotGeometries(db: Db, filter: PlotFilter = {}): { id: string; zoneId: string; geometry: AreaGeometry }[] {
  const { clause, args } = plotWhere(filter, '');
  const rows = db.prepare(`SELECT id, zone_id, geometry FROM plots${clause} ORDER BY parcel_no`).all(...args) as {
    id: string;
    zone_id: string;
    geometry: string;
  }[];
  return rows.map((r) => ({ id: r.id, zoneId: r.zone_id, geometry: JSON.parse(r.geometry) as AreaGeometry }));
}

/** A plot's 宗地编号, for messages a clerk reads (ids are UUIDs); null when there is no such plot. */
export function parcelNoOf(db: Db, plotId: string): string | null {
  const row = db.prepare('SELECT parcel_no FROM plots WHERE id = ?').get(plotId) as { parcel_no: string } | undefined;
  return row?.parcel_no ?? null;
}
