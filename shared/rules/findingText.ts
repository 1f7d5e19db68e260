import type { Comparator, FindingResult } from '../domain/enums';
import { METRIC_INFO } from './metrics';
import type { Rule, RuleSet } from './ruleSetSchema';

const COMPARATOR_ZH: Record<Comparator, string> = { '>=': '不低于', '>': '高于', '<=': '不高于', '<': '低于' };
const COMPARATOR_EN: Record<Comparator, string> = { '>=': 'at least', '>': 'above', '<=': 'at most', '<': 'below' };

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
  const fmt = (v: number) => formatMetric(v, info.decimals, info.unit);
  const standardZh = `${info.label.zh}${COMPARATOR_ZH[rule.comparator]}${fmt(rule.threshold)}`;
  const standardEn = `${info.label.en} ${COMPARATOR_EN[rule.comparator]} ${fmt(rule.threshold)}`;
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
      zh = `${info.label.zh}为${fmt(value ?? 0)}，符合${standardZh}的标准。`;
      en = `${capitalize(info.label.en)} is ${fmt(value ?? 0)}, meeting the standard of ${standardEn}.`;
      break;
    case 'fail': {
      const shortfall = fmt(Math.abs(gap ?? 0));
      zh = `${info.label.zh}为${fmt(value ?? 0)}，未达到${standardZh}的标准，相差${shortfall}。`;
      en = `${capitalize(info.label.en)} is ${fmt(value ?? 0)}, short of the standard of ${standardEn} by ${shortfall}.`;
      break;
    }
  }
  return { zh: `${zh}${sourceZh}`, en: `${en} ${sourceEn}` };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
