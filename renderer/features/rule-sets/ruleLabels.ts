import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/domain/enums';
import { METRIC_INFO } from '../../../shared/rules/metrics';
import type { Rule, RuleCondition } from '../../../shared/rules/ruleSetSchema';
import { comparatorSymbol, unitLabel } from '../../i18n/domainTerms';
import { fmtNumber } from '../../i18n/format';

/** "≥ 234 万元/亩", "≥ 1.5" (plot ratio has no unit), "≥ 40 %". */
export function requirementText(rule: Pick<Rule, 'metric' | 'comparator' | 'threshold'>, lang: Lang): string {
  const unit = unitLabel(METRIC_INFO[rule.metric].unit, lang);
  const own = Number.isInteger(rule.threshold) ? 0 : (String(rule.threshold).split('.')[1]?.length ?? 0);
  // A plot ratio reads as 1.0, not 1, as the sources write it.
  const decimals = Math.min(Math.max(own, rule.metric === 'plot-ratio' ? 1 : 0), 4);
  const value = fmtNumber(rule.threshold, lang, decimals);
  return `${comparatorSymbol(rule.comparator)} ${value}${unit ? ` ${unit}` : ''}`;
}

function conditionText(c: RuleCondition, t: TFunction): string {
  const parts = [
    c.projectTypes?.map((p) => t(`projectType.${p}`)).join(' / '),
    c.zoneLevels?.map((l) => t(`level.${l}`)).join(' / '),
    c.zoneLocations?.map((l) => t(`location.${l}`)).join(' / '),
  ].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? t('ruleSets.allProjects') : parts.join(' · ');
}

/** Where a rule applies: its conditions, any of which is enough (said "or"). */
export function appliesText(rule: Pick<Rule, 'appliesWhen'>, t: TFunction): string[] {
  return rule.appliesWhen.map((c) => conditionText(c, t));
}
