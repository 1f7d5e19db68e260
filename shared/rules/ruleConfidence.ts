import { CLIENT_REPORT_RULE_SET } from './clientReportRuleSet';
import type { RuleSet } from './ruleSetSchema';

const BUILT_IN: readonly RuleSet[] = [CLIENT_REPORT_RULE_SET];

/**
 * A version stored before rules carried a confidence mark shows the mark of the same rule in the built-in rule set of
 * the same id (display only: stored versions are never rewritten).
 */
export function withKnownConfidence(ruleSet: RuleSet): RuleSet {
  const builtIn = BUILT_IN.find((b) => b.id === ruleSet.id);
  if (!builtIn || ruleSet.rules.every((r) => r.confidence !== undefined)) return ruleSet;
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((r) => (r.confidence !== undefined ? r : { ...r, confidence: builtIn.rules.find((b) => b.id === r.id)?.confidence })),
  };
}
