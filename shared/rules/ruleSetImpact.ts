import type { IsoDate } from '../domain/dates';
import type { EvaluationStatus } from '../domain/enums';
import type { StoredPlot, ZoneRef } from '../domain/storedPlot';
import { assessPlot } from './assess';
import type { LocalParameters } from './localParameters';
import { ruleSetDateOf, ruleSetInForce } from './ruleSetInForce';
import type { RuleSet } from './ruleSetSchema';

export interface ImpactPlot {
  plot: Omit<StoredPlot, 'bbox'>;
  zone: ZoneRef;
}

export interface StatusTransition {
  from: EvaluationStatus;
  to: EvaluationStatus;
  count: number;
}

export interface DraftImpact {
  /** Plots the draft would judge: contract date (or, with none, the as-of date) on or after its effective-from. */
  considered: number;
  /** Of those, plots whose status differs from the one under the versions stored now. */
  changed: number;
  transitions: StatusTransition[];
  /** The first changed plots' 宗地编号, for the user to look at (at most `sampleSize`). */
  sample: string[];
}

/**
 * What saving a draft version would change: each plot the draft would govern is judged under the rule set in force for
 * it now and under the rule sets with the draft added, both through the same assessment the app uses.
 */
export function draftImpact(
  plots: readonly ImpactPlot[],
  stored: readonly RuleSet[],
  draft: RuleSet,
  params: LocalParameters,
  asOf: IsoDate,
  sampleSize = 20,
): DraftImpact {
  const withDraft = [...stored, draft];
  const counts = new Map<string, StatusTransition>();
  const sample: string[] = [];
  let considered = 0;
  let changed = 0;
  for (const { plot, zone } of plots) {
    const date = ruleSetDateOf(plot.contract?.contractDate, asOf);
    if (date < draft.effectiveFrom) continue;
    const before = ruleSetInForce(stored, date);
    const after = ruleSetInForce(withDraft, date);
    if (!before || !after) continue;
    considered += 1;
    const from = assessPlot(plot, zone, before, params, asOf).status;
    const to = assessPlot(plot, zone, after, params, asOf).status;
    if (from === to) continue;
    changed += 1;
    if (sample.length < sampleSize) sample.push(plot.parcelNo);
    const key = `${from}>${to}`;
    const t = counts.get(key) ?? { from, to, count: 0 };
    t.count += 1;
    counts.set(key, t);
  }
  const transitions = [...counts.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { considered, changed, transitions, sample };
}
