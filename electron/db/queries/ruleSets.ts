import { z } from 'zod';
import { appliedVersions } from '../../../shared/rules/ruleSetInForce';
import { RuleSet } from '../../../shared/rules/ruleSetSchema';
import { LocalParameters, DEFAULT_LOCAL_PARAMETERS } from '../../../shared/rules/localParameters';
import type { Db } from '../connection';
import { readSetting, SETTING_KEYS } from '../settings';

export function loadRuleSets(db: Db): RuleSet[] {
  const rows = db.prepare('SELECT definition FROM rule_sets ORDER BY effective_from, version').all() as { definition: string }[];
  return rows.map((r) => RuleSet.parse(JSON.parse(r.definition)));
}

// Seeding stores { id, version }; only the id counts now: a plot takes the version in force at its contract date.
const ActiveRuleSet = z.object({ id: z.string().min(1) }).passthrough();

/** The versions of the rule set the bureau applies, which judge the plots (every stored version when no id is set). */
export function loadAppliedRuleSets(db: Db): RuleSet[] {
  return appliedVersions(loadRuleSets(db), readSetting(db, SETTING_KEYS.activeRuleSet, ActiveRuleSet)?.id ?? null);
}

export function loadLocalParameters(db: Db): LocalParameters {
  return readSetting(db, SETTING_KEYS.localParameters, LocalParameters) ?? DEFAULT_LOCAL_PARAMETERS;
}
