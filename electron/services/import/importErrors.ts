import { z } from 'zod';

/** An import stopped on request: nothing it wrote is kept. */
export class ImportCancelledError extends Error {}

/** The user's column mapping cannot be used as given (said like any other bad input: a zod error on `mapping`). */
export function mappingError(message: string, mapping: unknown): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: ['mapping'], message, input: mapping }]);
}
