import { isValidIsoDate, type IsoDate } from '../domain/dates';
import type { ProjectType } from '../domain/enums';
import { msg, type Msg } from './messages';

/** A cell as readers hand it over: spreadsheet cells may be numbers, booleans or dates; DBF and CSV give strings. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Parsed<T> = { ok: true; value: T | null } | ({ ok: false } & Msg);

const BLANK = /^(|-|—|－|\/|无|空|null|NULL|N\/A)$/;

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && BLANK.test(cell.trim()));
}

/** Numbers as bureaus type them: "12,345.6", "１２３４", " 12 345 ", "35%" (→ 0.35 when percent is allowed). */
export function parseNumber(cell: Cell, percent = false): Parsed<number> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, ...msg(`not a finite number: ${cell}`, `不是有限数值：${cell}`) };
  if (typeof cell !== 'string') return { ok: false, ...msg(`expected a number, got ${cell instanceof Date ? 'a date' : typeof cell}`, `应为数值，实为${cell instanceof Date ? '日期' : typeof cell}`) };
  let s = toHalfWidth(cell.trim()).replace(/[,\s]/g, '');
  let divisor = 1;
  if (percent && s.endsWith('%')) {
    s = s.slice(0, -1);
    divisor = 100;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { ok: false, ...msg(`not a number: "${cell}"`, `不是数值：“${cell}”`) };
  return { ok: true, value: Number(s) / divisor };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : null;
}

/** Dates as Excel serials, Date cells, or text: 2021-05-01, 2021.05.01, 2021/5/1, 2021年5月1日, 20210501. */
export function parseDate(cell: Cell): Parsed<IsoDate> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, ...msg('invalid date', '日期无效') };
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 21001231) return parseDate(String(cell));
    if (cell >= 1 && cell < 73051) return { ok: true, value: new Date(EXCEL_EPOCH_MS + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10) };
    return { ok: false, ...msg(`not a date: ${cell}`, `不是日期：${cell}`) };
  }
  if (typeof cell !== 'string') return { ok: false, ...msg('expected a date', '应为日期') };
  const s = toHalfWidth(cell.trim());
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const value = m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (value === null && /^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s));
  return value === null ? { ok: false, ...msg(`not a date: "${cell}" (use 2021-05-01, 2021.05.01, 2021/5/1 or 2021年5月1日)`, `不是日期：“${cell}”（请写作 2021-05-01、2021.05.01、2021/5/1 或 2021年5月1日）`) } : { ok: true, value };
}

export function parseText(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (cell instanceof Date) return { ok: true, value: cell.toISOString().slice(0, 10) };
  // Codes typed into numeric cells lose nothing as long as they are integers (宗地编号 12345).
  return { ok: true, value: String(cell).trim() };
}

const TRUE = /^(是|有|y|yes|true|t|1|√|已投产|投产)$/i;
const FALSE = /^(否|无|n|no|false|f|0|×|未投产)$/i;

export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const s = String(cell).trim();
  if (TRUE.test(s)) return { ok: true, value: true };
  if (FALSE.test(s)) return { ok: true, value: false };
  return { ok: false, ...msg(`expected 是/否, got "${s}"`, `应为“是/否”，实为“${s}”`) };
}

export function parseProjectType(cell: Cell): Parsed<ProjectType> {
  if (isBlank(cell)) return { ok: true, value: null };
  const s = String(cell).trim();
  if (/^(一般工业(项目)?|general)$/i.test(s)) return { ok: true, value: 'general' };
  if (/^((多层)?标准(化)?厂房(项目)?|standard-factory)$/i.test(s)) return { ok: true, value: 'standard-factory' };
  return { ok: false, ...msg(`unknown project type "${s}" (一般工业 | 标准厂房 | 多层标准厂房)`, `未知的项目类型“${s}”（一般工业 | 标准厂房 | 多层标准厂房）`) };
}
