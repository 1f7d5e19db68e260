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

/** A threshold as the standard states it: "1.0", "40%", "234", "15". */
function thresholdText(metric: Metric, threshold: number, lang: Lang): string {
  const min = metric === 'plot-ratio' ? 1 : 0;
  const n = threshold.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, METRIC_INFO[metric].decimals) });
  return METRIC_INFO[metric].unit === '%' ? `${n}%` : n;
}

export function standardText(metric: Metric, comparator: Comparator, threshold: number, lang: Lang, withUnit = true): string {
  const unit = METRIC_INFO[metric].unit;
  const suffix = withUnit && unit !== '' && unit !== '%' ? ` ${unitLabel(unit, lang)}` : '';
  return `${comparatorSymbol(comparator)} ${thresholdText(metric, threshold, lang)}${suffix}`;
}

/** "亩均税收（万元/亩）": the metric with its unit, so table cells can hold bare numbers. */
export function metricWithUnit(metric: Metric, lang: Lang): string {
  const unit = METRIC_INFO[metric].unit;
  return unit === '' ? metricLabel(metric, lang) : `${metricLabel(metric, lang)}${lang === 'zh' ? `（${unitLabel(unit, lang)}）` : ` (${unitLabel(unit, lang)})`}`;
}

/** Decimals enough to tell a value from its threshold: 0.995 against 1.0 shows as 0.995, not 1.00. */
function decimalsApart(metric: Metric, value: number, threshold: number): number {
  let d = METRIC_INFO[metric].decimals;
  while (d < 4 && value !== threshold && value.toFixed(d) === threshold.toFixed(d)) d += 1;
  return d;
}

/** A failing value with the decimals that show why it fails. */
export function failingValueText(metric: Metric, value: number | null, threshold: number, lang: Lang): string {
  return value === null ? '—' : fmtNumber(value, lang, decimalsApart(metric, value, threshold));
}

/** A gap with its sign: "−0.15", "+3.2"; small gaps get the decimals to show them ("−0.005", never "−0.00"). */
export function gapText(metric: Metric, gap: number | null, lang: Lang): string {
  if (gap === null) return '—';
  const n = fmtNumber(Math.abs(gap), lang, decimalsApart(metric, Math.abs(gap), 0));
  return `${gap < 0 ? '−' : '+'}${n}${METRIC_INFO[metric].unit === '%' ? '%' : ''}`;
}

/** "（…）" in Chinese, " (…)" in English. */
export const paren = (s: string, lang: Lang) => (lang === 'zh' ? `（${s}）` : ` (${s})`);
