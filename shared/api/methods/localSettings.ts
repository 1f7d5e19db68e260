import { z } from 'zod';
import { LocalParameters } from '../../rules/localParameters';

/** Local practice the law does not fix ([L]: reminder days, unsupplied-land age buckets), read so views can name them. */
export const LOCAL_SETTINGS_METHODS = {
  'settings.local.get': { input: z.object({}).strict(), output: LocalParameters },
} as const;
