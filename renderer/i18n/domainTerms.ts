import type { Comparator, EvaluationStatus, FindingResult, Lang, ProjectType, ZoneLevel, ZoneLocation } from '../../shared/domain/enums';
import type { SupplyMethod } from '../../shared/schemas/seed';
import { LIFECYCLE_LABEL } from '../../shared/rules/lifecycleText';
import { METRIC_INFO } from '../../shared/rules/metrics';

type Bilingual = { zh: string; en: string };

const STATUS: Record<EvaluationStatus, Bilingual> = {
  compliant: { zh: '达标', en: 'Compliant' },
  noncompliant: { zh: '不达标', en: 'Noncompliant' },
  incomplete: { zh: '数据不全', en: 'Incomplete' },
};

const RESULT: Record<FindingResult, Bilingual> = {
  pass: { zh: '达标', en: 'Pass' },
  fail: { zh: '未达标', en: 'Fail' },
  missing: { zh: '缺数据', en: 'Missing' },
  'not-applicable': { zh: '不适用', en: 'N/A' },
};

const LEVEL: Record<ZoneLevel, Bilingual> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
};

const LOCATION: Record<ZoneLocation, Bilingual> = {
  'central-city': { zh: '中心城区', en: 'Central city' },
  county: { zh: '县域', en: 'County' },
};

const PROJECT_TYPE: Record<ProjectType, Bilingual> = {
  general: { zh: '一般工业项目', en: 'General industrial' },
  'standard-factory': { zh: '多层标准厂房', en: 'Multi-storey standard factory' },
};

const SUPPLY_METHOD: Record<SupplyMethod, Bilingual> = {
  出让: { zh: '出让', en: 'Grant (transfer)' },
  划拨: { zh: '划拨', en: 'Allocation' },
  租赁: { zh: '租赁', en: 'Lease' },
  先租后让: { zh: '先租后让', en: 'Lease then grant' },
};

const LAND_USE: Record<string, Bilingual> = {
  '0601': { zh: '工业用地', en: 'Industrial' },
  '0602': { zh: '采矿用地', en: 'Mining' },
  '0603': { zh: '盐田', en: 'Salt pans' },
  '0604': { zh: '仓储用地', en: 'Warehousing' },
  '0508': { zh: '物流仓储用地', en: 'Logistics & warehousing' },
};

const UNIT: Record<string, Bilingual> = {
  '': { zh: '', en: '' },
  '%': { zh: '%', en: '%' },
  '万元/亩': { zh: '万元/亩', en: '10k yuan/mu' },
};

const COMPARATOR_SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** i18next resource block for one language, built from the shared enum labels so there is one source for each term. */
export function domainResources(lang: Lang) {
  const flat = <K extends string>(table: Record<K, Bilingual>) =>
    Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[lang]]));
  return {
    status: flat(STATUS),
    result: flat(RESULT),
    level: flat(LEVEL),
    location: flat(LOCATION),
    projectType: flat(PROJECT_TYPE),
    supplyMethod: flat(SUPPLY_METHOD),
    lifecycle: flat(LIFECYCLE_LABEL),
    metric: Object.fromEntries(Object.entries(METRIC_INFO).map(([k, v]) => [k, capitalize(v.label[lang])])),
  };
}

export function landUseLabel(code: string | null, lang: Lang): string | null {
  if (code === null) return null;
  const label = LAND_USE[code];
  return label ? `${code} ${label[lang]}` : code;
}

export function unitLabel(unit: string, lang: Lang): string {
  return UNIT[unit]?.[lang] ?? unit;
}

export function comparatorSymbol(c: Comparator): string {
  return COMPARATOR_SYMBOL[c];
}
