import type { RULE_SET_METHODS } from '../../../shared/api/methods/ruleSets';
import { todayIso } from '../../../shared/domain/dates';
import { createRuleSetVersion, listRuleSetVersions, previewRuleSetDraft } from '../../services/ruleSetVersions';
import type { HandlerMap } from '../types';

/** The 规则 view: stored rule-set versions, and new ones (append-only, audited). */
export const ruleSetHandlers: HandlerMap<keyof typeof RULE_SET_METHODS> = {
  'ruleSets.list': ({ db, now }) => listRuleSetVersions(db, todayIso(now())),
  'ruleSets.preview': ({ db, now }, draft) => previewRuleSetDraft(db, draft, todayIso(now())),
  'ruleSets.create': ({ db, now }, draft) => {
    const at = now();
    return createRuleSetVersion(db, draft, at.toISOString(), todayIso(at));
  },
};
