import { z } from 'zod';
import { M2_PER_HECTARE, muToM2 } from '../domain/units';

/** What an import column can feed: the canonical plot properties (cli-contract.md) plus a few import-only ones. */
export const ImportField = z.enum([
  'parcelNo', 'supervisionNo', 'projectName', 'landUser', 'creditCode', 'zoneId', 'zoneName', 'projectType',
  'landUseCode', 'industryCode', 'landArea', 'floorArea', 'buildingFootprint', 'fixedInvestment', 'annualTax',
  'operating', 'contractDate', 'landPrice', 'agreedStartDate', 'agreedCompletionDate', 'actualStartDate',
  'actualCompletionDate', 'suspendedSince', 'developedAreaShare', 'investedShare', 'governmentCause', 'batchId',
  'supplyMethod', 'year', 'geometry',
]);
export type ImportField = z.infer<typeof ImportField>;

export const Unit = z.enum(['m2', 'mu', 'ha', 'wan', 'yuan', 'yi']);
export type Unit = z.infer<typeof Unit>;

/** Multiply a value in this unit to get m² (areas) or 万元 (money); the area factors are those of shared/domain/units.ts. */
export const UNIT_FACTOR: Record<Unit, number> = { m2: 1, mu: muToM2(1), ha: M2_PER_HECTARE, wan: 1, yuan: 1e-4, yi: 1e4 };

export const AREA_FIELDS: readonly ImportField[] = ['landArea', 'floorArea', 'buildingFootprint'];
export const MONEY_FIELDS: readonly ImportField[] = ['fixedInvestment', 'annualTax', 'landPrice'];
export const DATE_FIELDS: readonly ImportField[] = [
  'contractDate', 'agreedStartDate', 'agreedCompletionDate', 'actualStartDate', 'actualCompletionDate', 'suspendedSince',
];

/** The headers bureaus use, the canonical English names, and what the columns of our own exports are called. */
const ALIASES: Record<ImportField, readonly string[]> = {
  parcelNo: ['宗地编号', '宗地号', '地块编号', '宗地代码', 'parcelno'],
  supervisionNo: ['电子监管号', '监管号', 'supervisionno'],
  projectName: ['项目名称', 'projectname'],
  landUser: ['土地使用权人', '使用权人', '用地单位', '企业名称', '受让人', '土地使用者', 'landuser'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', 'creditcode'],
  zoneId: ['zoneid', '开发区代码'],
  zoneName: ['开发区', '所属开发区', '开发区名称', '园区', 'zonename'],
  projectType: ['项目类型', 'projecttype'],
  landUseCode: ['土地用途代码', '用途代码', '地类编码', 'landusecode'],
  industryCode: ['行业代码', '行业分类代码', 'industrycode'],
  landArea: ['用地面积', '宗地面积', '土地面积', '出让面积', '面积', '亩数', '用地亩数', 'landaream2', 'landarea'],
  floorArea: ['总建筑面积', '建筑面积', 'flooraream2', 'floorarea'],
  buildingFootprint: ['基底面积', '建筑基底面积', '建筑占地面积', 'buildingfootprintm2', 'buildingfootprint'],
  fixedInvestment: ['固定资产投资', '固定投资', '固定资产总投资', '累计固定资产投资', 'fixedinvestmentwan', 'fixedinvestment'],
  annualTax: ['税收', '年税收', '纳税额', '税收总额', '年纳税额', 'annualtaxwan', 'annualtax'],
  operating: ['是否投产', '投产', 'operating'],
  contractDate: ['合同签订日期', '合同签订时间', '签订日期', '合同日期', 'contractdate'],
  landPrice: ['出让价款', '成交价格', '成交价', '出让金', 'landpricewan', 'landprice'],
  agreedStartDate: ['约定开工', '约定开工日期', '约定开工时间', 'agreedstartdate'],
  agreedCompletionDate: ['约定竣工', '约定竣工日期', '约定竣工时间', 'agreedcompletiondate'],
  actualStartDate: ['实际开工', '实际开工日期', '实际开工时间', 'actualstartdate'],
  actualCompletionDate: ['实际竣工', '实际竣工日期', '实际竣工时间', 'actualcompletiondate'],
  suspendedSince: ['中止开发日期', '停工日期', '中止建设日期', 'suspendedsince'],
  developedAreaShare: ['已开发面积比例', '开发面积比例', 'developedareashare'],
  investedShare: ['已投资比例', '投资比例', 'investedshare'],
  governmentCause: ['政府原因', 'governmentcause'],
  batchId: ['批次', '批次号', '批次编号', 'batchid'],
  supplyMethod: ['供地方式', '供应方式', 'supplymethod'],
  year: ['年度', '统计年度', '数据年度', 'year'],
  geometry: ['geometry', 'wkt', '几何', '图形', '坐标串'],
};

const UNIT_WORDS: [RegExp, Unit][] = [
  [/(㎡|m2|m²|平方米|平米)$/i, 'm2'],
  [/(公顷|ha)$/i, 'ha'],
  [/亩$/, 'mu'],
  [/亿元$/, 'yi'],
  [/万元$/, 'wan'],
  [/元$/, 'yuan'],
];

export interface RecognisedColumn {
  field: ImportField | null;
  unit: Unit | null;
  /** A year named in the header (2024年税收) dates the metrics the row carries. */
  year: number | null;
}

function normalise(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').replace(/[（【[]/g, '(').replace(/[）】\]]/g, ')').toLowerCase();
}

/** Splits "用地面积（亩）", "用地面积_亩", "用地面积/公顷", "面积m2" into the base name and its unit. */
export function splitUnit(header: string): { base: string; unit: Unit | null } {
  let h = normalise(header);
  const paren = /^(.*?)[(]([^()]*)[)]$/.exec(h);
  let unitText = '';
  if (paren) {
    h = paren[1] ?? '';
    unitText = paren[2] ?? '';
  } else {
    const sep = /^(.+?)[_/:：-]([^_/:：-]+)$/.exec(h);
    if (sep && UNIT_WORDS.some(([re]) => re.test(sep[2] ?? ''))) {
      h = sep[1] ?? '';
      unitText = sep[2] ?? '';
    }
  }
  for (const [re, unit] of UNIT_WORDS) {
    if (unitText && re.test(unitText)) return { base: h, unit };
  }
  if (!unitText) {
    for (const [re, unit] of UNIT_WORDS) {
      const stripped = h.replace(re, '');
      if (stripped !== h && stripped.length >= 2 && lookup(stripped) !== null) return { base: stripped, unit };
    }
  }
  return { base: h, unit: null };
}

function lookup(base: string): ImportField | null {
  for (const field of ImportField.options) if (ALIASES[field].includes(base)) return field;
  // DBF field names hold 10 bytes: five GBK characters (约定开工日期 arrives as 约定开工日) or three UTF-8 ones (约定开).
  if (/^[\u4e00-\u9fff]{3,5}$/.test(base)) {
    const fields = ImportField.options.filter((field) => ALIASES[field].some((a) => a.startsWith(base)));
    if (fields.length === 1) return fields[0] ?? null;
  }
  return null;
}

export function recogniseColumn(header: string): RecognisedColumn {
  const { base, unit } = splitUnit(header);
  const yearMatch = /^((?:19|20)\d{2})年?(.+)$/.exec(base);
  const baseNoYear = yearMatch?.[2] ?? base;
  const field = lookup(base) ?? lookup(baseNoYear);
  const year = yearMatch && field !== null && lookup(base) === null ? Number(yearMatch[1]) : null;
  const areaDefault = base === '亩数' || base === '用地亩数' ? 'mu' : null;
  return { field, unit: unit ?? areaDefault, year };
}
