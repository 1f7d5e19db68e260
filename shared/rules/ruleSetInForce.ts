import type { IsoDate } from '../domain/dates';
import type { RuleSet } from './ruleSetSchema';

/**
 * The versions that judge plots: those of the rule set the bureau applies (setting `ruleSet.active` names its id);
 * every stored version when none is named or the named one has none, so a missing setting never leaves plots unjudged.
 */
export function appliedVersions(ruleSets: readonly RuleSet[], activeId: string | null): RuleSet[] {
  const mine = activeId === null ? [] : ruleSets.filter((r) => r.id === activeId);
  return mine.length > 0 ? mine : [...ruleSets];
}

/** The rule set in force on a date: the latest effective-from on or before it (projects keep the rules of their contract date). */
export function ruleSetInForce(ruleSets: readonly RuleSet[], date: IsoDate | null): RuleSet | null {
  const sorted = [...ruleSets].sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.version - a.version : b.effectiveFrom.localeCompare(a.effectiveFrom)));
  if (date === null) return sorted[0] ?? null;
  return sorted.find((r) => r.effectiveFrom <= date) ?? sorted[sorted.length - 1] ?? null;
}

/**
 * The date that picks a plot's rule set: its contract date; a plot with no contract recorded is judged by the rules in
 * force on the as-of date (not by the newest version, which may only take effect in the future).
 */
export function ruleSetDateOf(contractDate: IsoDate | null | undefined, asOf: IsoDate): IsoDate {
  return contractDate ?? asOf;
}
