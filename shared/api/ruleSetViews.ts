import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { EvaluationStatus } from '../domain/enums';
import { Rule } from '../rules/ruleSetSchema';

const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** One stored version of a rule set, as the 规则 view lists it. */
export const RuleSetVersionView = z.object({
  id: z.string(),
  version: z.number().int(),
  name: Bilingual,
  effectiveFrom: IsoDateSchema,
  source: Bilingual,
  rules: z.array(Rule),
  /** The version that applies to a contract signed today. */
  inForceToday: z.boolean(),
  /** Effective-from after today: applies only to contracts dated on or after it. */
  scheduled: z.boolean(),
  /** Plots judged under this version now (by their contract dates). */
  plotCount: z.number().int(),
  /** From the version's audit row: who saved it, when, why (null for the version the database was seeded with). */
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  reason: z.string().nullable(),
});
export type RuleSetVersionView = z.infer<typeof RuleSetVersionView>;

export const RuleSetsList = z.object({
  today: IsoDateSchema,
  /** Newest version first within each rule set. */
  versions: z.array(RuleSetVersionView),
});
export type RuleSetsList = z.infer<typeof RuleSetsList>;

export const DraftImpactView = z.object({
  version: z.number().int(),
  considered: z.number().int(),
  changed: z.number().int(),
  transitions: z.array(z.object({ from: EvaluationStatus, to: EvaluationStatus, count: z.number().int() })),
  sample: z.array(z.string()),
});
export type DraftImpactView = z.infer<typeof DraftImpactView>;
