import { z } from 'zod';

/** Local practice, unconfirmed in law (domain.md [L]): user settings with these defaults. */
export const LocalParameters = z
  .object({
    reminderDays: z.number().int().min(0).max(366).default(30),
    /** Upper bounds (years) of the first two unsupplied-land age buckets: < a, a…b−1, ≥ b. */
    ageBucketYears: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([a, b]) => a < b, 'bucket bounds must increase')
      .default([2, 5]),
  })
  .strict();
export type LocalParameters = z.infer<typeof LocalParameters>;

export const DEFAULT_LOCAL_PARAMETERS: LocalParameters = LocalParameters.parse({});
