import type { IsoDate } from '../../shared/domain/dates';
import { assessPlot } from '../../shared/rules/assess';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import { NotFoundError } from '../api/errors';
import type { AssessedPlot, EngineContext } from './assessments';

/** A plot judged under a version the user chose, beside the version in force at its contract date. */
export interface PlotUnderChoice {
  judged: AssessedPlot;
  inForce: RuleSet;
  /** True when the chosen version is not the one in force for the plot: a what-if, not the plot's official result. */
  whatIf: boolean;
}

/**
 * Re-judges an assessed plot under another stored version of the same applied rule set. Pure over its arguments:
 * nothing is stored and no cache is read or written, so the official (cached) assessment stays as it was.
 */
export function judgeUnderVersion(official: AssessedPlot, ctx: EngineContext, version: number, asOf: IsoDate): PlotUnderChoice {
  const inForce = official.ruleSet;
  const own = ctx.ruleSets.filter((r) => r.id === inForce.id);
  const chosen = own.find((r) => r.version === version);
  if (!chosen) {
    const stored = own.map((r) => r.version).sort((a, b) => a - b);
    throw new NotFoundError(
      `rule set ${inForce.id} has no version ${version} (stored versions: ${stored.join(', ')})`,
      `规则集 ${inForce.id} 没有第 ${version} 版（已有版本：${stored.join('、')}）`,
    );
  }
  if (chosen.version === inForce.version) return { judged: official, inForce, whatIf: false };
  const assessment = assessPlot(official.plot, official.zone, chosen, ctx.params, asOf);
  return { judged: { ...official, ruleSet: chosen, assessment }, inForce, whatIf: true };
}

/** The stored versions of a rule set, newest first, as the plot panel offers them. */
export function versionsOf(ctx: EngineContext, ruleSetId: string): { version: number; effectiveFrom: IsoDate }[] {
  return ctx.ruleSets
    .filter((r) => r.id === ruleSetId)
    .sort((a, b) => b.version - a.version)
    .map((r) => ({ version: r.version, effectiveFrom: r.effectiveFrom }));
}
