import type { ColumnMapping } from './mapping';
import type { ImportParameters } from './parameters';
import { refLabel, type ImportIssue, type PlotDraft, type RecordRef } from './records';
import { zoneByLocation, zoneByName, type ZoneRefForImport } from './zoneMatch';

export interface ExistingPlot {
  id: string;
  parcelNo: string;
  supervisionNo: string | null;
  zoneId: string;
}

export interface PlannedWrite {
  kind: 'create' | 'update';
  /** The existing plot for an update; null for a create (the writer assigns the id). */
  existing: ExistingPlot | null;
  zoneId: string;
  draft: PlotDraft;
  /** The area to store on create: the registered area, else the geometry's. */
  landAreaM2: number | null;
  metricsYear: number;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  issues: ImportIssue[];
  warnings: { ref: RecordRef; message: string }[];
}

export interface PlanContext {
  zones: readonly ZoneRefForImport[];
  existing: readonly ExistingPlot[];
  params: ImportParameters;
  /** 年度 column, else a year in a header (2024年税收), else the year before the import date. */
  defaultYear: number;
}

/** Upsert by 宗地编号, else 电子监管号; zone by 开发区 / zoneId, else by where the plot lies; new plots need geometry. */
export function planImport(drafts: readonly PlotDraft[], mapping: readonly ColumnMapping[], ctx: PlanContext): ImportPlan {
  const byParcel = new Map(ctx.existing.map((p) => [p.parcelNo, p]));
  const bySupervision = new Map(ctx.existing.flatMap((p) => (p.supervisionNo ? [[p.supervisionNo, p] as const] : [])));
  const seen = new Map<string, RecordRef>();
  const col = (field: string, fallback: string) => mapping.find((m) => m.field === field)?.column ?? fallback;
  const plan: ImportPlan = { writes: [], issues: [], warnings: [] };
  for (const d of drafts) {
    const v = d.values;
    const reject = (field: string, message: string) => plan.issues.push({ ref: d.ref, field, message });
    const key = v.parcelNo ?? v.supervisionNo;
    if (key === undefined) {
      reject(col('parcelNo', '宗地编号'), 'neither 宗地编号 nor 电子监管号 is given: the row cannot be matched or created');
      continue;
    }
    const dupKey = v.parcelNo !== undefined ? `p:${v.parcelNo}` : `s:${key}`;
    const first = seen.get(dupKey);
    if (first) {
      reject(v.parcelNo !== undefined ? col('parcelNo', '宗地编号') : col('supervisionNo', '电子监管号'), `${key} appears twice (also ${refLabel(first)})`);
      continue;
    }
    seen.set(dupKey, d.ref);
    const byNo = v.parcelNo !== undefined ? byParcel.get(v.parcelNo) : undefined;
    const bySup = v.supervisionNo !== undefined ? bySupervision.get(v.supervisionNo) : undefined;
    if (byNo && bySup && byNo.id !== bySup.id) {
      reject(col('supervisionNo', '电子监管号'), `${v.supervisionNo} already belongs to plot ${bySup.parcelNo}, not ${byNo.parcelNo}`);
      continue;
    }
    const existing = byNo ?? bySup ?? null;
    if (!byNo && bySup && v.parcelNo !== undefined) {
      plan.warnings.push({ ref: d.ref, message: `matched by 电子监管号 ${v.supervisionNo}: 宗地编号 changes from ${bySup.parcelNo} to ${v.parcelNo}` });
    }
    let zoneId: string | null = null;
    if (v.zoneId !== undefined || v.zoneName !== undefined) {
      const named = v.zoneId !== undefined ? ctx.zones.find((z) => z.id === v.zoneId) : zoneByName(v.zoneName ?? '', ctx.zones);
      if (!named) {
        reject(v.zoneId !== undefined ? col('zoneId', 'zoneId') : col('zoneName', '开发区'), `unknown development zone "${v.zoneId ?? v.zoneName}"`);
        continue;
      }
      zoneId = named.id;
    }
    zoneId ??= d.geometry ? (zoneByLocation(d.geometry, ctx.zones)?.id ?? null) : null;
    zoneId ??= existing?.zoneId ?? null;
    if (zoneId === null) {
      reject(col('zoneName', '开发区'), d.geometry ? 'no 开发区 given and the plot lies outside every zone boundary' : 'no 开发区 given and no geometry to locate the plot');
      continue;
    }
    if (!existing) {
      if (v.parcelNo === undefined) {
        reject(col('parcelNo', '宗地编号'), 'a new plot needs a 宗地编号');
        continue;
      }
      if (!d.geometry) {
        reject(col('geometry', 'geometry'), 'a new plot needs a geometry (Shapefile / GeoJSON feature, or a WKT column in a sheet)');
        continue;
      }
    }
    const registered = v.landArea ?? null;
    if (registered !== null && d.geometryAreaM2 !== null) {
      const diff = Math.abs(d.geometryAreaM2 - registered) / registered;
      if (diff > ctx.params.areaTolerance) {
        plan.warnings.push({ ref: d.ref, message: `registered area ${registered.toFixed(1)} m² differs from the geometry's ${d.geometryAreaM2.toFixed(1)} m² by ${(diff * 100).toFixed(1)} %` });
      }
    }
    if (!existing && registered === null) plan.warnings.push({ ref: d.ref, message: 'no registered area: the geometry area is stored' });
    for (const w of d.warnings) plan.warnings.push({ ref: d.ref, message: w });
    plan.writes.push({
      kind: existing ? 'update' : 'create',
      existing,
      zoneId,
      draft: d,
      landAreaM2: registered ?? (existing ? null : d.geometryAreaM2),
      metricsYear: v.year ?? ctx.defaultYear,
    });
  }
  return plan;
}
