import type { ColumnMapping } from './mapping';
import type { ImportParameters } from './parameters';
import { msg, type Msg } from './messages';
import { refLabel, refLabelZh, type ImportIssue, type PlotDraft, type RecordRef } from './records';
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
  warnings: ({ ref: RecordRef } & Msg)[];
}

export interface PlanContext {
  zones: readonly ZoneRefForImport[];
  existing: readonly ExistingPlot[];
  params: ImportParameters;
  /** 年度 column, else a year in a header (2024年税收), else the year before the import date. */
  defaultYear: number;
  /** The 批次 the database knows; a plot can only be linked to one of them. Absent: not checked. */
  batchIds?: ReadonlySet<string>;
}

/** Upsert by 宗地编号, else 电子监管号; zone by 开发区 / zoneId, else by where the plot lies; new plots need geometry. */
export function planImport(drafts: readonly PlotDraft[], mapping: readonly ColumnMapping[], ctx: PlanContext): ImportPlan {
  const { add, plan } = createPlanner(mapping, ctx);
  for (const d of drafts) {
    const w = add(d);
    if (w) plan.writes.push(w);
  }
  return plan;
}

/**
 * The same plan one draft at a time, so an import can write each plot as it is planned instead of holding every
 * draft of a 100k-plot file in memory. `add` returns the planned write, or null when the draft was rejected; the
 * planner keeps only the issues and warnings (`plan.writes` stays empty, for the caller to fill if it wants them).
 */
export function createPlanner(mapping: readonly ColumnMapping[], ctx: PlanContext): { add: (d: PlotDraft) => PlannedWrite | null; plan: ImportPlan } {
  const byParcel = new Map(ctx.existing.map((p) => [p.parcelNo, p]));
  const bySupervision = new Map(ctx.existing.flatMap((p) => (p.supervisionNo ? [[p.supervisionNo, p] as const] : [])));
  const seen = new Map<string, RecordRef>();
  const col = (field: string, fallback: string) => mapping.find((m) => m.field === field)?.column ?? fallback;
  const plan: ImportPlan = { writes: [], issues: [], warnings: [] };
  const add = (d: PlotDraft): PlannedWrite | null => {
    const v = d.values;
    const reject = (field: string, m: Msg): null => {
      plan.issues.push({ ref: d.ref, field, ...m });
      return null;
    };
    const key = v.parcelNo ?? v.supervisionNo;
    if (key === undefined) {
      return reject(col('parcelNo', '宗地编号'), msg('neither 宗地编号 nor 电子监管号 is given: the row cannot be matched or created', '既没有宗地编号也没有电子监管号：无法匹配已有宗地，也无法新建'));
    }
    const dupKey = v.parcelNo !== undefined ? `p:${v.parcelNo}` : `s:${key}`;
    const first = seen.get(dupKey);
    if (first) {
      return reject(v.parcelNo !== undefined ? col('parcelNo', '宗地编号') : col('supervisionNo', '电子监管号'), msg(`${key} appears twice (also ${refLabel(first)})`, `${key} 重复出现（另见${refLabelZh(first)}）`));
    }
    seen.set(dupKey, d.ref);
    // Two 宗地编号 with one 电子监管号: the second would break the number's uniqueness in the database.
    const firstSup = v.parcelNo !== undefined && v.supervisionNo !== undefined ? seen.get(`s:${v.supervisionNo}`) : undefined;
    if (firstSup) {
      return reject(col('supervisionNo', '电子监管号'), msg(`${v.supervisionNo} appears twice (also ${refLabel(firstSup)})`, `${v.supervisionNo} 重复出现（另见${refLabelZh(firstSup)}）`));
    }
    if (v.parcelNo !== undefined && v.supervisionNo !== undefined) seen.set(`s:${v.supervisionNo}`, d.ref);
    const byNo = v.parcelNo !== undefined ? byParcel.get(v.parcelNo) : undefined;
    const bySup = v.supervisionNo !== undefined ? bySupervision.get(v.supervisionNo) : undefined;
    if (byNo && bySup && byNo.id !== bySup.id) {
      return reject(col('supervisionNo', '电子监管号'), msg(`${v.supervisionNo} already belongs to plot ${bySup.parcelNo}, not ${byNo.parcelNo}`, `电子监管号 ${v.supervisionNo} 已属于宗地 ${bySup.parcelNo}，而非 ${byNo.parcelNo}`));
    }
    const existing = byNo ?? bySup ?? null;
    if (!byNo && bySup && v.parcelNo !== undefined) {
      plan.warnings.push({ ref: d.ref, ...msg(`matched by 电子监管号 ${v.supervisionNo}: 宗地编号 changes from ${bySup.parcelNo} to ${v.parcelNo}`, `按电子监管号 ${v.supervisionNo} 匹配：宗地编号由 ${bySup.parcelNo} 改为 ${v.parcelNo}`) });
    }
    if (v.batchId !== undefined && ctx.batchIds && !ctx.batchIds.has(v.batchId)) {
      return reject(col('batchId', '批次'), msg(`unknown approval batch "${v.batchId}"`, `未知的批次“${v.batchId}”`));
    }
    let zoneId: string | null = null;
    if (v.zoneId !== undefined || v.zoneName !== undefined) {
      const named = v.zoneId !== undefined ? ctx.zones.find((z) => z.id === v.zoneId) : zoneByName(v.zoneName ?? '', ctx.zones);
      if (!named) {
        return reject(v.zoneId !== undefined ? col('zoneId', 'zoneId') : col('zoneName', '开发区'), msg(`unknown development zone "${v.zoneId ?? v.zoneName}"`, `未知的开发区“${v.zoneId ?? v.zoneName}”`));
      }
      zoneId = named.id;
    }
    zoneId ??= d.geometry ? (zoneByLocation(d.geometry, ctx.zones)?.id ?? null) : null;
    zoneId ??= existing?.zoneId ?? null;
    if (zoneId === null) {
      return reject(col('zoneName', '开发区'), d.geometry
          ? msg('no 开发区 given and the plot lies outside every zone boundary', '未给出开发区，且宗地不在任何开发区范围内')
          : msg('no 开发区 given and no geometry to locate the plot', '未给出开发区，也没有图形可用于定位宗地'));
    }
    if (!existing) {
      if (v.parcelNo === undefined) {
        return reject(col('parcelNo', '宗地编号'), msg('a new plot needs a 宗地编号', '新增宗地需要宗地编号'));
      }
      if (!d.geometry) {
        return reject(col('geometry', 'geometry'), msg('a new plot needs a geometry (Shapefile / GeoJSON feature, or a WKT column in a sheet)', '新增宗地需要图形（Shapefile / GeoJSON 要素，或表格中的 WKT 列）'));
      }
    }
    const registered = v.landArea ?? null;
    if (registered !== null && d.geometryAreaM2 !== null) {
      const diff = Math.abs(d.geometryAreaM2 - registered) / registered;
      if (diff > ctx.params.areaTolerance) {
        const [a, g, pct] = [registered.toFixed(1), d.geometryAreaM2.toFixed(1), (diff * 100).toFixed(1)];
        plan.warnings.push({ ref: d.ref, ...msg(`registered area ${a} m² differs from the geometry's ${g} m² by ${pct} %`, `登记面积 ${a} ㎡ 与图形面积 ${g} ㎡ 相差 ${pct} %`) });
      }
    }
    if (!existing && registered === null) plan.warnings.push({ ref: d.ref, ...msg('no registered area: the geometry area is stored', '无登记面积：按图形面积保存') });
    for (const w of d.warnings) plan.warnings.push({ ref: d.ref, ...w });
    return {
      kind: existing ? 'update' : 'create',
      existing,
      zoneId,
      draft: d,
      landAreaM2: registered ?? (existing ? null : d.geometryAreaM2),
      metricsYear: v.year ?? ctx.defaultYear,
    };
  };
  return { add, plan };
}
