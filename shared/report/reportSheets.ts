import type { Comparator, Lang } from '../domain/enums';
import { m2ToMu } from '../domain/units';
import { ageBucketLabel } from '../rules/ageBucketLabel';
import { LIFECYCLE_LABEL } from '../rules/lifecycleText';
import { METRIC_INFO } from '../rules/metrics';
import { FIVE_YEAR_SUPPLY_FLOOR } from '../rules/unsuppliedRates';
import type { ZoneReport } from './reportViews';

/** A cell as the sheet stores it: numbers stay numbers (with a display format), so the figures can be summed in Excel. */
export type SheetValue = string | number | null;

export interface SheetColumn {
  header: { zh: string; en: string };
  /** Column width in characters. */
  width: number;
  /** Excel number format for numeric cells, e.g. `0.00`. */
  format?: string;
}

export interface ReportSheet {
  name: { zh: string; en: string };
  columns: SheetColumn[];
  rows: SheetValue[][];
  /** Lines printed under the table (after a blank row): caveats a reader of the figures needs. */
  notes?: { zh: string; en: string }[];
}

const COMPARATOR: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const col = (zh: string, en: string, width: number, format?: string): SheetColumn => ({ header: { zh, en }, width, ...(format ? { format } : {}) });
const ZONE = col('开发区', 'Zone', 30);
const round = (v: number | null, d: number) => (v === null ? null : Number(v.toFixed(d)));
const pct = (share: number | null) => (share === null ? null : round(share * 100, 2));
/** The standard as the report prints it: "≥ 1.0", "≥ 40%", "≥ 234". */
const standardOf = (m: keyof typeof METRIC_INFO, c: Comparator, threshold: number) =>
  `${COMPARATOR[c]} ${m === 'plot-ratio' ? threshold.toFixed(Math.max(1, String(threshold).split('.')[1]?.length ?? 0)) : threshold}${METRIC_INFO[m].unit === '%' ? '%' : ''}`;
const metricName = (m: keyof typeof METRIC_INFO, lang: Lang) => {
  const info = METRIC_INFO[m];
  const unit = lang === 'zh' ? info.unit : info.unitEn;
  return unit === '' ? info.label[lang] : `${info.label[lang]} (${unit})`;
};

/** 近五年供地率 and 本年处置率 with the sums they are ratios of and the period, so a bureau can check them. */
const UNSUPPLIED_RATE_COLUMNS: SheetColumn[] = [
  col('近五年批准（亩）', 'Approved, 5 years (mu)', 20, '0.00'),
  col('近五年已供应（亩）', 'Supplied, 5 years (mu)', 20, '0.00'),
  col('近五年供地率（%）', 'Five-year supply rate (%)', 20, '0.00'),
  col('处置期间', 'Disposal period', 24),
  col('年初批而未供（亩）', 'Unsupplied 1 Jan (mu)', 20, '0.00'),
  col('本年处置（亩）', 'Disposed this year (mu)', 18, '0.00'),
  col('本年处置率（%）', 'Disposal rate (%)', 16, '0.00'),
];

function unsuppliedRateCells(r: ZoneReport, lang: Lang): SheetValue[] {
  const { fiveYear, disposal } = r.zone.kpi.unsuppliedRates;
  const mu = (m2: number) => round(m2ToMu(m2), 4);
  const period = `${disposal.from}${lang === 'zh' ? ' 至 ' : ' to '}${disposal.to}`;
  return [mu(fiveYear.approvedAreaM2), mu(fiveYear.suppliedAreaM2), pct(fiveYear.rate), period, mu(disposal.unsuppliedAtStartM2), mu(disposal.disposedAreaM2), pct(disposal.rate)];
}

const unsuppliedRateNotes = () => {
  const floor = `${Math.round(FIVE_YEAR_SUPPLY_FLOOR.rate * 100)}%`;
  const years = FIVE_YEAR_SUPPLY_FLOOR.windowYears;
  return [
    {
      zh: `近五年供地率：批准未满 ${years} 年（按《民法典》期间计算）的批次，已供应面积 / 批准面积；${FIVE_YEAR_SUPPLY_FLOOR.source.zh}以 ${floor} 为市、县红线，区级数值仅供对照。`,
      en: `Five-year supply rate: supplied / approved area of the batches approved less than ${years} years ago (Civil Code periods); ${FIVE_YEAR_SUPPLY_FLOOR.source.en} sets ${floor} as the floor for cities and counties, a zone's figure is for comparison.`,
    },
    {
      zh: '本年处置率：处置期间内供应面积 / 年初批而未供面积。核减撤回面积无日期，未计入本年处置率；年初批而未供已扣除全部核减撤回面积，期内新批批次不计入。',
      en: 'Disposal rate this year: area supplied in the period / area unsupplied on 1 January. Withdrawn areas carry no date and are not counted in the disposal rate; the area unsupplied on 1 January is net of every withdrawal, and batches approved in the period are left out.',
    },
  ];
};

/**
 * The report's tables as spreadsheet sheets (one workbook for a zone or the whole city pack): indicators per zone,
 * noncompliant plots (a row per failed rule), idle and overdue plots, unsupplied batches. Each row names its zone.
 */
export function reportSheets(reports: readonly ZoneReport[], lang: Lang): ReportSheet[] {
  const zn = (r: ZoneReport) => (lang === 'zh' ? r.zone.name : r.zone.nameEn);
  const indicators: ReportSheet = {
    name: { zh: '主要指标', en: 'Indicators' },
    columns: [
      ZONE,
      col('宗地数', 'Plots', 8, '0'),
      col('供地面积（亩）', 'Supplied land (mu)', 14, '0.00'),
      col('综合容积率', 'Plot ratio', 10, '0.00'),
      col('建筑密度（%）', 'Building density (%)', 12, '0.00'),
      col('投资强度（万元/亩）', 'Investment (10k CNY/mu)', 16, '0.00'),
      col('亩均税收（万元/亩）', 'Tax (10k CNY/mu)', 16, '0.00'),
      col('供地率（%）', 'Supply rate (%)', 10, '0.00'),
      col('土地闲置率（%）', 'Idle-land rate (%)', 12, '0.00'),
      col('闲置宗数', 'Idle plots', 9, '0'),
      col('批而未供（亩）', 'Unsupplied (mu)', 14, '0.00'),
      col('达标（宗）', 'Compliant', 9, '0'),
      col('不达标（宗）', 'Noncompliant', 10, '0'),
      col('数据不全（宗）', 'Incomplete', 11, '0'),
      ...UNSUPPLIED_RATE_COLUMNS,
    ],
    rows: reports.map((r) => {
      const k = r.zone.kpi;
      return [zn(r), k.plotCount, round(k.landAreaMu, 4), round(k.plotRatio, 4), round(r.indicators.buildingDensity, 2), round(k.investmentPerMu, 2), round(k.taxPerMu, 2), pct(k.supplyRate), pct(r.indicators.idleRate), k.idleCount, round(k.unsuppliedAreaMu, 4), k.compliant, k.noncompliant, k.incomplete, ...unsuppliedRateCells(r, lang)];
    }),
    notes: unsuppliedRateNotes(),
  };
  const noncompliant: ReportSheet = {
    name: { zh: '不达标宗地', en: 'Noncompliant plots' },
    columns: [ZONE, col('宗地编号', 'Parcel no.', 18), col('土地使用权人', 'Land user', 30), col('面积（亩）', 'Area (mu)', 10, '0.00'), col('未达标指标', 'Failed indicator', 24), col('实际值', 'Value', 10, '0.000'), col('标准', 'Standard', 10), col('差距', 'Gap', 10, '0.000'), col('规则', 'Rule', 22)],
    rows: reports.flatMap((r) =>
      r.noncompliant.flatMap((p) =>
        p.failures.map((f) => [zn(r), p.parcelNo, p.landUser, round(m2ToMu(p.landAreaM2), 2), metricName(f.metric, lang), round(f.value, 4), standardOf(f.metric, f.comparator, f.threshold), round(f.gap, 4), f.ruleId]),
      ),
    ),
  };
  const idle: ReportSheet = {
    name: { zh: '闲置及逾期宗地', en: 'Idle and overdue' },
    columns: [ZONE, col('宗地编号', 'Parcel no.', 18), col('土地使用权人', 'Land user', 30), col('面积（亩）', 'Area (mu)', 10, '0.00'), col('状态', 'Status', 16), col('约定开工', 'Agreed start', 12), col('约定竣工', 'Agreed completion', 12), col('闲置起算', 'Idle since', 12), col('可收回日', 'Recoverable from', 12), col('闲置费（万元）', 'Idle fee (10k CNY)', 14, '0.00')],
    rows: reports.flatMap((r) =>
      r.idle.map((p) => [zn(r), p.parcelNo, p.landUser, round(m2ToMu(p.landAreaM2), 2), LIFECYCLE_LABEL[p.lifecycle][lang], p.agreedStartDate, p.agreedCompletionDate, p.idleSince, p.reclaimableFrom, round(p.feeWan, 2)]),
    ),
  };
  const batches: ReportSheet = {
    name: { zh: '批而未供批次', en: 'Unsupplied batches' },
    columns: [ZONE, col('批准文号', 'Approval no.', 26), col('批准日期', 'Approved on', 12), col('批准（亩）', 'Approved (mu)', 12, '0.00'), col('已供（亩）', 'Supplied (mu)', 12, '0.00'), col('未供（亩）', 'Unsupplied (mu)', 12, '0.00'), col('供地率（%）', 'Supply rate (%)', 11, '0.00'), col('批准年限（年）', 'Age (years)', 12, '0'), col('年限分档', 'Age bucket', 14)],
    rows: reports.flatMap((r) =>
      r.batches.map((b) => [zn(r), b.approvalNo, b.approvalDate, round(m2ToMu(b.approvedAreaM2), 2), round(m2ToMu(b.suppliedAreaM2), 2), round(b.unsuppliedMu, 2), pct(b.supplyRate), b.ageYears, ageBucketLabel(b.bucket, r.ageBucketYears)[lang]]),
    ),
  };
  return [indicators, noncompliant, idle, batches];
}

type Cell = null | string | { value: string; fontWeight: 'bold' } | { value: number; type: NumberConstructor; format: string };

/** One sheet in write-excel-file's shape: a title row (what, as of when), the bold header row, then the data. */
export function sheetCells(sheet: ReportSheet, title: string, lang: Lang): Cell[][] {
  const header: Cell[] = sheet.columns.map((c) => ({ value: c.header[lang], fontWeight: 'bold' }));
  const body = sheet.rows.map((row) =>
    row.map((v, i): Cell => (typeof v === 'number' ? { value: v, type: Number, format: sheet.columns[i]?.format ?? 'General' } : v)),
  );
  const notes = (sheet.notes ?? []).map((n): Cell[] => [n[lang]]);
  return [[{ value: title, fontWeight: 'bold' }], header, ...body, ...(notes.length > 0 ? [[null], ...notes] : [])];
}

const TITLE = {
  zh: { zone: '开发区土地节约集约利用评价报告', pack: '濮阳市开发区土地节约集约利用评价报告（八区汇编）', asOf: '截至' },
  en: { zone: 'Land-use compliance report', pack: 'Puyang development zones: compliance reports (eight-zone pack)', asOf: 'as of' },
} as const;

/**
 * The workbook as write-excel-file's multi-sheet argument (the same for its node and browser builds): sheet names in
 * the report's language, column widths, the title and header rows kept in view while scrolling.
 */
export function reportWorkbook(reports: readonly ZoneReport[], lang: Lang, pack: boolean) {
  const first = reports[0];
  const t = TITLE[lang];
  const subject = pack || !first ? t.pack : `${lang === 'zh' ? first.zone.name : first.zone.nameEn} ${t.zone}`;
  const title = `${subject} · ${t.asOf} ${first?.asOf ?? ''}`;
  return reportSheets(reports, lang).map((s) => ({
    data: sheetCells(s, title, lang),
    sheet: s.name[lang],
    columns: s.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 2,
  }));
}

/** The file name a download or the CLI suggests: `report-<zone|all>-<date>.xlsx`. */
export const reportWorkbookName = (zone: string, asOf: string) => `report-${zone}-${asOf}.xlsx`;
