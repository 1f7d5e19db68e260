import { z } from 'zod';
import { RuleSetDraft } from '../../rules/ruleSetDraft';
import { DraftImpactView, RuleSetsList, RuleSetVersionView } from '../ruleSetViews';

/** The rule sets in force and their history; new versions (append-only) for local thresholds. */
export const RULE_SET_METHODS = {
  'ruleSets.list': { input: z.object({}).strict(), output: RuleSetsList },
  /** How many plots' status the draft would change (no write); the reason may still be empty. */
  'ruleSets.preview': { input: RuleSetDraft.partial({ reason: true }), output: DraftImpactView },
  'ruleSets.create': { input: RuleSetDraft, output: RuleSetVersionView },
} as const;
