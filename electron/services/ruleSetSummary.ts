import type { RuleSetSummary } from '../../shared/api/views';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';

export function ruleSetSummary(r: RuleSet): RuleSetSummary {
  return { id: r.id, version: r.version, name: r.name, source: r.source, effectiveFrom: r.effectiveFrom };
}
