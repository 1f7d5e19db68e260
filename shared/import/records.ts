import type { AreaGeometry } from '../domain/geometry';
import type { IsoDate } from '../domain/dates';
import type { ProjectType } from '../domain/enums';
import type { CrsCode } from './crs';
import { AREA_FIELDS, DATE_FIELDS, MONEY_FIELDS, UNIT_FACTOR, type ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import { msg, type Msg } from './messages';
import { parseBoolean, parseDate, parseNumber, parseProjectType, parseText, type Cell, type Parsed } from './values';

export type RecordRef = { row: number } | { feature: number };

/** One row or feature as a reader hands it over: cells by column name, raw geometry in the file's CRS. */
export interface SourceRecord {
  ref: RecordRef;
  cells: Record<string, Cell>;
  geometry: unknown;
}

export interface ImportIssue extends Msg {
  ref: RecordRef;
  field: string;
}

export type Values = Partial<{
  parcelNo: string; supervisionNo: string; projectName: string; landUser: string; creditCode: string; zoneId: string;
  zoneName: string; projectType: ProjectType; landUseCode: string; industryCode: string; landArea: number; floorArea: number;
  buildingFootprint: number; fixedInvestment: number; annualTax: number; operating: boolean; contractDate: IsoDate;
  landPrice: number; agreedStartDate: IsoDate; agreedCompletionDate: IsoDate; actualStartDate: IsoDate;
  actualCompletionDate: IsoDate; suspendedSince: IsoDate; developedAreaShare: number; investedShare: number;
  governmentCause: boolean; batchId: string; supplyMethod: string; year: number; geometry: string;
}>;

/** A row after mapping: only the fields it gives (absent means "leave as it is" on update). */
export interface PlotDraft {
  ref: RecordRef;
  values: Values;
  /** Which column fed each field, to name it in messages. */
  columns: Partial<Record<ImportField, string>>;
  geometry: AreaGeometry | null;
  geometryAreaM2: number | null;
  crs: CrsCode | null;
  warnings: Msg[];
}

function parseField(field: ImportField, cell: Cell, factor: number): Parsed<string | number | boolean> {
  if (DATE_FIELDS.includes(field)) return parseDate(cell);
  if (field === 'projectType') return parseProjectType(cell);
  if (field === 'operating' || field === 'governmentCause') return parseBoolean(cell);
  if (field === 'developedAreaShare' || field === 'investedShare') {
    const r = parseNumber(cell, true);
    if (r.ok && r.value !== null && (r.value < 0 || r.value > 1)) return { ok: false, ...msg(`a share must lie between 0 and 1 (or 0%–100%), got ${r.value}`, `比例应在 0 到 1 之间（或 0%–100%），实为 ${r.value}`) };
    return r;
  }
  if (field === 'year') {
    const r = parseNumber(cell);
    if (r.ok && r.value !== null && !(Number.isInteger(r.value) && r.value >= 1990 && r.value <= 2100)) return { ok: false, ...msg(`not a year: ${r.value}`, `不是年份：${r.value}`) };
    return r;
  }
  if (AREA_FIELDS.includes(field) || MONEY_FIELDS.includes(field)) {
    const r = parseNumber(cell);
    if (!r.ok || r.value === null) return r;
    if (r.value < 0) return { ok: false, ...msg(`must not be negative (${r.value})`, `不能为负数（${r.value}）`) };
    if (field === 'landArea' && r.value === 0) return { ok: false, ...msg('land area must be greater than 0', '用地面积必须大于 0') };
    return { ok: true, value: r.value * factor };
  }
  return parseText(cell);
}

/** Applies the mapping to one record; every bad cell becomes an issue naming its column. */
export function mapRecord(record: SourceRecord, mapping: readonly ColumnMapping[]): { values: Values; columns: PlotDraft['columns']; issues: ImportIssue[] } {
  const values: Record<string, unknown> = {};
  const columns: PlotDraft['columns'] = {};
  const issues: ImportIssue[] = [];
  for (const m of mapping) {
    if (m.field === null) continue;
    const defaultUnit = AREA_FIELDS.includes(m.field) ? 'm2' : 'wan';
    const r = parseField(m.field, record.cells[m.column], UNIT_FACTOR[m.unit ?? defaultUnit]);
    if (!r.ok) issues.push({ ref: record.ref, field: m.column, message: r.message, messageZh: r.messageZh });
    else if (r.value !== null) {
      values[m.field] = r.value;
      columns[m.field] = m.column;
    }
  }
  return { values: values as Values, columns, issues };
}

/** A summary row (合计, 小计, 总计) at the foot of a sheet: skipped, not an error. */
export function isTotalRow(cells: readonly Cell[]): boolean {
  return cells.some((c) => typeof c === 'string' && /^\s*(合\s*计|小\s*计|总\s*计|总合计)\s*[:：]?\s*$/.test(c));
}

export function refLabel(ref: RecordRef): string {
  return 'row' in ref ? `row ${ref.row}` : `feature ${ref.feature}`;
}

export function refLabelZh(ref: RecordRef): string {
  return 'row' in ref ? `第 ${ref.row} 行` : `第 ${ref.feature} 个要素`;
}
