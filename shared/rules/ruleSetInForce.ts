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

/** Later effective-from, or the same one with a higher version number. */
const supersedes = (a: RuleSet, b: RuleSet) => a.effectiveFrom > b.effectiveFrom || (a.effectiveFrom === b.effectiveFrom && a.version > b.version);

/**
 * The rule set in force on a date: the latest effective-from on or before it (projects keep the rules of their contract
 * date); before every version, the earliest. One pass, no copy: it runs once per plot.
 */
export function ruleSetInForce(ruleSets: readonly RuleSet[], date: IsoDate): RuleSet | null {
  let inForce: RuleSet | null = null;
  let earliest: RuleSet | null = null;
  for (const r of ruleSets) {
    if (r.effectiveFrom <= date && (inForce === null || supersedes(r, inForce))) inForce = r;
    if (earliest === null || !supersedes(r, earliest)) earliest = r;
  }
  return inForce ?? earliest;
}

/**
 * The date that picks a plot's rule set: its contract date; a plot with no contract recorded is judged by the rules in
 * force on the as-of date (not by the newest version, which may only take effect in the future).
 */
export function ruleSetDateOf(contractDate: IsoDate | null | undefined, asOf: IsoDate): IsoDate {
  return contractDate ?? asOf;
}
