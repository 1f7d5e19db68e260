import { RuleSet } from '../../../shared/rules/ruleSetSchema';
import { LocalParameters, DEFAULT_LOCAL_PARAMETERS } from '../../../shared/rules/localParameters';
import type { Db } from '../connection';
import { readSetting, SETTING_KEYS } from '../settings';

export function loadRuleSets(db: Db): RuleSet[] {
  const rows = db.prepare('SELECT definition FROM rule_sets ORDER BY effective_from, version').all() as { definition: string }[];
  return rows.map((r) => RuleSet.parse(JSON.parse(r.definition)));
}

export function loadLocalParameters(db: Db): LocalParameters {
  return readSetting(db, SETTING_KEYS.localParameters, LocalParameters) ?? DEFAULT_LOCAL_PARAMETERS;
}
