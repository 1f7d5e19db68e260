import type { CanonicalPlot } from '../domain/plotRecord';
import { m2ToMu } from '../domain/units';

export type ExportRow = CanonicalPlot & { projectName: string };
type Value = string | number | boolean | null;

export interface ExportColumn {
  /** Chinese header with its unit, as bureaus' ledgers have them (the importer reads these back). */
  zh: string;
  /** English header: the canonical property name (cli-contract.md), which the importer also reads. */
  en: string;
  value: (r: ExportRow) => Value;
}

/** How ledgers write the project type and yes/no fields (the Shapefile columns write them the same way). */
export const PROJECT_TYPE_ZH = { general: '一般工业', 'standard-factory': '标准厂房' } as const;
export const yesNo = (b: boolean) => (b ? '是' : '否');

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { zh: '宗地编号', en: 'parcelNo', value: (r) => r.parcelNo },
  { zh: '电子监管号', en: 'supervisionNo', value: (r) => r.supervisionNo },
  { zh: '项目名称', en: 'projectName', value: (r) => r.projectName },
  { zh: '土地使用权人', en: 'landUser', value: (r) => r.landUser },
  { zh: '统一社会信用代码', en: 'creditCode', value: (r) => r.creditCode },
  { zh: '开发区', en: 'zoneName', value: (r) => r.zoneName },
  { zh: '项目类型', en: 'projectType', value: (r) => PROJECT_TYPE_ZH[r.projectType] },
  { zh: '土地用途代码', en: 'landUseCode', value: (r) => r.landUseCode },
  { zh: '行业代码', en: 'industryCode', value: (r) => r.industryCode },
  { zh: '用地面积(㎡)', en: 'landAreaM2', value: (r) => r.landAreaM2 },
  { zh: '用地面积(亩)', en: 'landAreaMu', value: (r) => Math.round(m2ToMu(r.landAreaM2) * 10000) / 10000 },
  { zh: '总建筑面积(㎡)', en: 'floorAreaM2', value: (r) => r.floorAreaM2 },
  { zh: '建筑基底面积(㎡)', en: 'buildingFootprintM2', value: (r) => r.buildingFootprintM2 },
  { zh: '固定资产投资(万元)', en: 'fixedInvestmentWan', value: (r) => r.fixedInvestmentWan },
  { zh: '年税收(万元)', en: 'annualTaxWan', value: (r) => r.annualTaxWan },
  { zh: '是否投产', en: 'operating', value: (r) => yesNo(r.operating) },
  { zh: '合同签订日期', en: 'contractDate', value: (r) => r.contractDate },
  { zh: '出让价款(万元)', en: 'landPriceWan', value: (r) => r.landPriceWan },
  { zh: '约定开工日期', en: 'agreedStartDate', value: (r) => r.agreedStartDate },
  { zh: '约定竣工日期', en: 'agreedCompletionDate', value: (r) => r.agreedCompletionDate },
  { zh: '实际开工日期', en: 'actualStartDate', value: (r) => r.actualStartDate },
  { zh: '实际竣工日期', en: 'actualCompletionDate', value: (r) => r.actualCompletionDate },
  { zh: '中止开发日期', en: 'suspendedSince', value: (r) => r.suspendedSince },
  { zh: '已开发面积比例', en: 'developedAreaShare', value: (r) => r.developedAreaShare },
  { zh: '已投资比例', en: 'investedShare', value: (r) => r.investedShare },
  { zh: '政府原因', en: 'governmentCause', value: (r) => yesNo(r.governmentCause) },
  { zh: '批次', en: 'batchId', value: (r) => r.batchId },
];

function csvCell(v: Value): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 BOM (so Excel opens Chinese text correctly) and CRLF line ends. */
export function toCsv(rows: readonly ExportRow[], lang: 'zh' | 'en'): string {
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(c[lang])).join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(c.value(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toSheet(rows: readonly ExportRow[], lang: 'zh' | 'en'): Value[][] {
  return [EXPORT_COLUMNS.map((c) => c[lang]), ...rows.map((r) => EXPORT_COLUMNS.map((c) => c.value(r)))];
}
