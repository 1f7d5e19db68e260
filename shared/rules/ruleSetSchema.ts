import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { Comparator, Metric, ProjectType, ZoneLevel, ZoneLocation } from '../domain/enums';

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** A condition holds when every field it names matches the plot; a rule applies when any of its conditions holds. */
export const RuleCondition = z
  .object({
    projectTypes: z.array(ProjectType).min(1).optional(),
    zoneLevels: z.array(ZoneLevel).min(1).optional(),
    zoneLocations: z.array(ZoneLocation).min(1).optional(),
  })
  .strict();
export type RuleCondition = z.infer<typeof RuleCondition>;

export const Rule = z
  .object({
    id: z.string().min(1),
    metric: Metric,
    comparator: Comparator,
    threshold: z.number().finite().nonnegative(),
    appliesWhen: z.array(RuleCondition).min(1),
    /** Only judged once the project is built and operating (建成后); otherwise not-applicable. */
    requiresOperating: z.boolean().default(false),
    /** The source's own wording of the rule, quoted in explanations. */
    sourceWording: z.string().min(1),
    note: Bilingual.optional(),
    /**
     * How sure we are the threshold is the law (domain.md's tags): H seen in an official text, M secondary source,
     * L unconfirmed local practice. Absent: not rated. Shown beside the rule; never changes the judgement.
     */
    confidence: z.enum(['H', 'M', 'L']).optional(),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const LifecycleLaw = z
  .object({
    idleAfterYears: z.number().int().positive(),
    reclaimAfterYears: z.number().int().positive(),
    idleFeeRate: z.number().min(0).max(1),
    stalledDevelopedShareBelow: z.number().min(0).max(1),
    stalledInvestedShareBelow: z.number().min(0).max(1),
    source: Bilingual,
  })
  .strict();
export type LifecycleLaw = z.infer<typeof LifecycleLaw>;

export const RuleSet = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive(),
    name: Bilingual,
    effectiveFrom: IsoDateSchema,
    source: Bilingual,
    rules: z.array(Rule).min(1),
    lifecycle: LifecycleLaw,
  })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${rule.id}` });
      seen.add(rule.id);
    });
  });
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;
