import { m2ToMu } from '../domain/units';
import { PROJECT_TYPE_ZH, yesNo, type ExportRow } from './exportColumns';

/**
 * Attribute columns of a Shapefile export. DBF field names hold 10 bytes, so a name is cut to whole characters
 * that fit (five in GBK, three in UTF-8); every cut form is one the importer recognises (shared/import/fields.ts).
 * Areas are in ㎡, money in 万元, as the importer assumes for headers without a unit.
 */
export type ShpColumn =
  | { name: string; type: 'C'; value: (r: ExportRow) => string | null }
  | { name: string; type: 'N'; decimals: number; value: (r: ExportRow) => number | null }
  | { name: string; type: 'D'; value: (r: ExportRow) => string | null };

export const SHP_COLUMNS: readonly ShpColumn[] = [
  { name: '宗地编号', type: 'C', value: (r) => r.parcelNo },
  { name: '电子监管号', type: 'C', value: (r) => r.supervisionNo },
  { name: '项目名称', type: 'C', value: (r) => r.projectName },
  { name: '土地使用权人', type: 'C', value: (r) => r.landUser },
  { name: '统一社会信用代码', type: 'C', value: (r) => r.creditCode },
  { name: 'zoneId', type: 'C', value: (r) => r.zoneId },
  { name: '开发区', type: 'C', value: (r) => r.zoneName },
  { name: '项目类型', type: 'C', value: (r) => PROJECT_TYPE_ZH[r.projectType] },
  { name: '土地用途代码', type: 'C', value: (r) => r.landUseCode },
  { name: '行业代码', type: 'C', value: (r) => r.industryCode },
  { name: '用地面积', type: 'N', decimals: 4, value: (r) => r.landAreaM2 },
  { name: '用地亩数', type: 'N', decimals: 4, value: (r) => m2ToMu(r.landAreaM2) },
  { name: '总建筑面积', type: 'N', decimals: 4, value: (r) => r.floorAreaM2 },
  { name: '建筑基底面积', type: 'N', decimals: 4, value: (r) => r.buildingFootprintM2 },
  { name: '固定资产投资', type: 'N', decimals: 4, value: (r) => r.fixedInvestmentWan },
  { name: '年税收', type: 'N', decimals: 4, value: (r) => r.annualTaxWan },
  { name: '是否投产', type: 'C', value: (r) => yesNo(r.operating) },
  { name: '合同签订日期', type: 'D', value: (r) => r.contractDate },
  { name: '出让价款', type: 'N', decimals: 4, value: (r) => r.landPriceWan },
  { name: '约定开工日期', type: 'D', value: (r) => r.agreedStartDate },
  { name: '约定竣工日期', type: 'D', value: (r) => r.agreedCompletionDate },
  { name: '实际开工日期', type: 'D', value: (r) => r.actualStartDate },
  { name: '实际竣工日期', type: 'D', value: (r) => r.actualCompletionDate },
  { name: '中止开发日期', type: 'D', value: (r) => r.suspendedSince },
  { name: '已开发面积比例', type: 'N', decimals: 6, value: (r) => r.developedAreaShare },
  { name: '已投资比例', type: 'N', decimals: 6, value: (r) => r.investedShare },
  { name: '政府原因', type: 'C', value: (r) => yesNo(r.governmentCause) },
  { name: '批次', type: 'C', value: (r) => r.batchId },
];

const GCS_2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const gk = (name: string, falseEasting: number, centralMeridian: number) =>
  `PROJCS["${name}",${GCS_2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian.toFixed(1)}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

/** The CRSs a Shapefile can be exported in, with their .prj text (ESRI WKT, as GDAL writes it for these codes). */
export const SHP_EXPORT_PRJ = {
  'EPSG:4490': GCS_2000,
  'EPSG:4526': gk('CGCS2000_3_Degree_GK_Zone_38', 38_500_000, 114),
  'EPSG:4527': gk('CGCS2000_3_Degree_GK_Zone_39', 39_500_000, 117),
  'EPSG:4547': gk('CGCS2000_3_Degree_GK_CM_114E', 500_000, 114),
  'EPSG:4548': gk('CGCS2000_3_Degree_GK_CM_117E', 500_000, 117),
} as const;
export type ShpExportCrs = keyof typeof SHP_EXPORT_PRJ;
export const SHP_EXPORT_CRS = Object.keys(SHP_EXPORT_PRJ) as [ShpExportCrs, ...ShpExportCrs[]];
export const SHP_ENCODINGS = ['gbk', 'utf-8'] as const;
export type ShpEncoding = (typeof SHP_ENCODINGS)[number];
