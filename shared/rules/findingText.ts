import type { Comparator, FindingResult } from '../domain/enums';
import { METRIC_INFO } from './metrics';
import type { Rule, RuleSet } from './ruleSetSchema';

const COMPARATOR_ZH: Record<Comparator, string> = { '>=': '不低于', '>': '高于', '<=': '不高于', '<': '低于' };
const COMPARATOR_EN: Record<Comparator, string> = { '>=': 'at least', '>': 'above', '<=': 'at most', '<': 'below' };

/** Thresholds read as written in the source: 234 万元/亩, 40%, 1.0. */
export function formatThreshold(value: number, unit: string): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return formatMetric(value, unit === '' ? Math.max(1, decimals) : decimals, unit);
}

export function formatMetric(value: number, decimals: number, unit: string): string {
  const text = value.toFixed(decimals);
  if (unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

interface TextArgs {
  rule: Rule;
  value: number | null;
  result: FindingResult;
  gap: number | null;
  ruleSet: RuleSet;
}

/** One explained sentence per finding, in Chinese and English, ending with the rule's source. */
export function findingTexts({ rule, value, result, gap, ruleSet }: TextArgs): { zh: string; en: string } {
  const info = METRIC_INFO[rule.metric];
  const decimals = result === 'fail' && value !== null ? distinguishingDecimals(value, rule.threshold, info.decimals) : info.decimals;
  const fmtZh = (v: number) => formatMetric(v, decimals, info.unit);
  const fmtEn = (v: number) => formatMetric(v, decimals, info.unitEn);
  const standardZh = `${info.label.zh}${COMPARATOR_ZH[rule.comparator]}${formatThreshold(rule.threshold, info.unit)}`;
  const standardEn = `${info.label.en} ${COMPARATOR_EN[rule.comparator]} ${formatThreshold(rule.threshold, info.unitEn)}`;
  const sourceZh = `依据：${ruleSet.source.zh}（“${rule.sourceWording}”）`;
  const sourceEn = `Source: ${ruleSet.source.en}.`;
  let zh: string;
  let en: string;
  switch (result) {
    case 'not-applicable':
      zh = `项目尚未建成投产，${info.label.zh}暂不考核（标准：${standardZh}）。`;
      en = `Not yet built and operating, so ${info.label.en} is not assessed (standard: ${standardEn}).`;
      break;
    case 'missing':
      zh = `缺少${info.label.zh}所需数据，无法判定（标准：${standardZh}）。`;
      en = `Data for ${info.label.en} is missing, so it cannot be judged (standard: ${standardEn}).`;
      break;
    case 'pass':
      zh = `${info.label.zh}为${fmtZh(value ?? 0)}，符合${standardZh}的标准。`;
      en = `${capitalize(info.label.en)} is ${fmtEn(value ?? 0)}, meeting the standard of ${standardEn}.`;
      break;
    case 'fail': {
      zh = `${info.label.zh}为${fmtZh(value ?? 0)}，未达到${standardZh}的标准，相差${fmtZh(Math.abs(gap ?? 0))}。`;
      en = `${capitalize(info.label.en)} is ${fmtEn(value ?? 0)}, short of the standard of ${standardEn} by ${fmtEn(Math.abs(gap ?? 0))}.`;
      break;
    }
  }
  return { zh: `${zh}${sourceZh}`, en: `${en} ${sourceEn}` };
}

/** A failing value never prints as its threshold: add decimals until the two differ (1.4999995 is not "1.50"). */
function distinguishingDecimals(value: number, threshold: number, decimals: number): number {
  let d = decimals;
  while (d < 10 && value.toFixed(d) === threshold.toFixed(d)) d += 1;
  return d;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
