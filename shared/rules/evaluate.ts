import { meets } from '../domain/compare';
import { Metric, type Comparator, type EvaluationStatus, type FindingResult, type ProjectType, type ZoneLevel, type ZoneLocation } from '../domain/enums';
import { findingTexts } from './findingText';
import { METRIC_INFO, metricValue, type MetricInputs } from './metrics';
import type { Rule, RuleCondition, RuleSet } from './ruleSetSchema';

export interface EvaluationInput extends MetricInputs {
  id: string;
  zoneLevel: ZoneLevel;
  zoneLocation: ZoneLocation;
  projectType: ProjectType;
  operating: boolean;
}

export interface Finding {
  metric: Metric;
  value: number | null;
  threshold: number;
  comparator: Comparator;
  unit: string;
  result: FindingResult;
  /** value − threshold; negative is a shortfall under a lower bound. Null when the value is unknown. */
  gap: number | null;
  ruleId: string;
  text: string;
  textEn: string;
  source: string;
  sourceEn: string;
  /** The input fields the value was computed from. */
  inputs: string[];
}

export interface Evaluation {
  id: string;
  status: EvaluationStatus;
  ruleSetId: string;
  ruleSetVersion: number;
  findings: Finding[];
}

const METRIC_ORDER: readonly Metric[] = Metric.options;

function conditionHolds(condition: RuleCondition, plot: EvaluationInput): boolean {
  return (
    (condition.projectTypes?.includes(plot.projectType) ?? true) &&
    (condition.zoneLevels?.includes(plot.zoneLevel) ?? true) &&
    (condition.zoneLocations?.includes(plot.zoneLocation) ?? true)
  );
}

export function ruleApplies(rule: Rule, plot: EvaluationInput): boolean {
  return rule.appliesWhen.some((c) => conditionHolds(c, plot));
}

/** The rules that apply to a kind of plot, in presentation order; memoised per rule set (8 kinds at most). */
const applicableCache = new WeakMap<RuleSet, Map<number, readonly Rule[]>>();

export function applicableRules(ruleSet: RuleSet, plot: EvaluationInput): readonly Rule[] {
  let byKind = applicableCache.get(ruleSet);
  if (!byKind) applicableCache.set(ruleSet, (byKind = new Map()));
  const kind =
    (plot.projectType === 'general' ? 0 : 4) + (plot.zoneLevel === 'national' ? 0 : 2) + (plot.zoneLocation === 'central-city' ? 0 : 1);
  let rules = byKind.get(kind);
  if (!rules) {
    rules = ruleSet.rules
      .filter((r) => ruleApplies(r, plot))
      .sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
    byKind.set(kind, rules);
  }
  return rules;
}

function judge(rule: Rule, value: number | null, operating: boolean): FindingResult {
  if (rule.requiresOperating && !operating) return 'not-applicable';
  if (value === null) return 'missing';
  return meets(value, rule.comparator, rule.threshold) ? 'pass' : 'fail';
}

/** A finding's explanation is built only when read: bulk evaluation (100k plots) never pays for the sentences. */
export function evaluateRule(rule: Rule, plot: EvaluationInput, ruleSet: RuleSet): Finding {
  const value = metricValue(rule.metric, plot);
  const result = judge(rule, value, plot.operating);
  const gap = value === null ? null : value - rule.threshold;
  let texts: { zh: string; en: string } | null = null;
  const explain = () => (texts ??= findingTexts({ rule, value, result, gap, ruleSet }));
  return {
    metric: rule.metric,
    value,
    threshold: rule.threshold,
    comparator: rule.comparator,
    unit: METRIC_INFO[rule.metric].unit,
    result,
    gap,
    ruleId: rule.id,
    get text() {
      return explain().zh;
    },
    get textEn() {
      return explain().en;
    },
    source: ruleSet.source.zh,
    sourceEn: ruleSet.source.en,
    inputs: ['landAreaM2', METRIC_INFO[rule.metric].input],
  };
}

export function statusOf(findings: readonly Pick<Finding, 'result'>[]): EvaluationStatus {
  if (findings.some((f) => f.result === 'fail')) return 'noncompliant';
  if (findings.some((f) => f.result === 'missing')) return 'incomplete';
  return 'compliant';
}

/** Status and failed rules only, without findings: the same judgement as evaluatePlot, for lists and aggregates. */
export function evaluationStatus(plot: EvaluationInput, ruleSet: RuleSet): { status: EvaluationStatus; failedRules: string[] } {
  const failedRules: string[] = [];
  let missing = false;
  for (const rule of applicableRules(ruleSet, plot)) {
    const result = judge(rule, metricValue(rule.metric, plot), plot.operating);
    if (result === 'fail') failedRules.push(rule.id);
    else if (result === 'missing') missing = true;
  }
  return { status: failedRules.length > 0 ? 'noncompliant' : missing ? 'incomplete' : 'compliant', failedRules };
}

export function evaluatePlot(plot: EvaluationInput, ruleSet: RuleSet): Evaluation {
  const findings = applicableRules(ruleSet, plot).map((r) => evaluateRule(r, plot, ruleSet));
  return { id: plot.id, status: statusOf(findings), ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, findings };
}
