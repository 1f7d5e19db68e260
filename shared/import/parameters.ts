import { z } from 'zod';

/** Import checks that are local judgement, not law: settings with these defaults (settings key import.parameters). */
export const ImportParameters = z
  .object({
    /** Registered vs geometry area: a relative difference above this is a warning. */
    areaTolerance: z.number().positive().max(1).default(0.05),
    /** A file whose parsing takes longer is stopped and refused (a damaged file must never hang the app). */
    parseTimeoutSeconds: z.number().positive().max(3600).default(30),
    /** Where a Puyang parcel can plausibly lie (the city spans about 114.8–116.2°E, 35.3–36.2°N; domain.md §2), with a margin. */
    bounds: z
      .object({ minLon: z.number(), minLat: z.number(), maxLon: z.number(), maxLat: z.number() })
      .default({ minLon: 114.6, minLat: 35.1, maxLon: 116.4, maxLat: 36.4 }),
  })
  .strict();
export type ImportParameters = z.infer<typeof ImportParameters>;

export const DEFAULT_IMPORT_PARAMETERS: ImportParameters = ImportParameters.parse({});
