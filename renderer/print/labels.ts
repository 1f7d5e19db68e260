import type { Comparator, EvaluationStatus, Lang, LifecycleStatus, Metric, ProjectType } from '../../shared/domain/enums';
import { LIFECYCLE_LABEL } from '../../shared/rules/lifecycleText';
import { METRIC_INFO } from '../../shared/rules/metrics';
import type { ZoneReport } from '../../shared/report/reportViews';
import { comparatorSymbol, domainResources, unitLabel } from '../i18n/domainTerms';
import { fmtNumber } from '../i18n/format';

const TERMS = { zh: domainResources('zh'), en: domainResources('en') };

export const statusLabel = (s: EvaluationStatus, lang: Lang) => TERMS[lang].status[s] ?? s;
export const lifecycleLabel = (s: LifecycleStatus, lang: Lang) => LIFECYCLE_LABEL[s][lang];
export const metricLabel = (m: Metric, lang: Lang) => TERMS[lang].metric[m] ?? m;
export const projectTypeLabel = (p: ProjectType, lang: Lang) => TERMS[lang].projectType[p] ?? p;
export const levelLabel = (z: ZoneReport['zone'], lang: Lang) => `${TERMS[lang].level[z.level] ?? z.level} · ${TERMS[lang].location[z.location] ?? z.location}`;
export const zoneName = (z: Pick<ZoneReport['zone'], 'name' | 'nameEn'>, lang: Lang) => (lang === 'zh' ? z.name : z.nameEn);

/** A metric value with the metric's own decimals and unit: "0.85", "32.5%", "180.2 万元/亩". */
export function metricValueText(metric: Metric, value: number | null, lang: Lang, withUnit = true): string {
  const info = METRIC_INFO[metric];
  const n = fmtNumber(value, lang, info.decimals);
  if (value === null || !withUnit || info.unit === '') return n;
  return info.unit === '%' ? `${n}%` : `${n} ${unitLabel(info.unit, lang)}`;
}

export function standardText(metric: Metric, comparator: Comparator, threshold: number, lang: Lang): string {
  return `${comparatorSymbol(comparator)} ${metricValueText(metric, threshold, lang)}`;
}

/** A gap with its sign: "−0.15", "+3.2". */
export function gapText(metric: Metric, gap: number | null, lang: Lang): string {
  if (gap === null) return '—';
  const n = fmtNumber(Math.abs(gap), lang, METRIC_INFO[metric].decimals);
  return `${gap < 0 ? '−' : '+'}${n}${METRIC_INFO[metric].unit === '%' ? '%' : ''}`;
}

/** "（…）" in Chinese, " (…)" in English. */
export const paren = (s: string, lang: Lang) => (lang === 'zh' ? `（${s}）` : ` (${s})`);
