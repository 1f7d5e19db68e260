import { z } from 'zod';
import type { ApiError } from '../../shared/api/contract';
import { describeIssues } from '../../shared/schemas/issues';

export class NotFoundError extends Error {}
export class BadInputError extends Error {}
/** A write based on a stale row version: the record changed since it was read. */
export class ConflictError extends Error {}

/** Turns anything a handler throws into the error shape both transports send; internal details stay in the log. */
export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof z.ZodError) return { code: 'bad-input', message: describeIssues(error, method).join('; ') };
  if (error instanceof BadInputError) return { code: 'bad-input', message: error.message };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof ConflictError) return { code: 'conflict', message: error.message };
  return { code: 'internal', message: `internal error in ${method}` };
}
