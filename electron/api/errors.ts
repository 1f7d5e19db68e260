import { z } from 'zod';
import type { ApiError } from '../../shared/api/contract';
import { describeIssues } from '../../shared/schemas/issues';

export class NotFoundError extends Error {}
export class BadInputError extends Error {}
/** A write based on a stale row version: the record changed since it was read. */
export class ConflictError extends Error {}

/** Messages quote ids and values the caller sent: a huge one (a 1 MB "id") is cut, so no answer or log echoes it whole. */
export function clipQuoted(message: string, max = 120, total = 4000): string {
  const clipped = message.replace(new RegExp(`\\S{${max + 1},}`, 'gu'), (run) => `${run.slice(0, max)}…(${run.length} chars)`);
  return clipped.length > total ? `${clipped.slice(0, total)}…` : clipped;
}

/** Turns anything a handler throws into the error shape both transports send; internal details stay in the log. */
export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof z.ZodError) return { code: 'bad-input', message: clipQuoted(describeIssues(error, method).join('; ')) };
  if (error instanceof BadInputError) return { code: 'bad-input', message: clipQuoted(error.message) };
  if (error instanceof NotFoundError) return { code: 'not-found', message: clipQuoted(error.message) };
  if (error instanceof ConflictError) return { code: 'conflict', message: clipQuoted(error.message) };
  return { code: 'internal', message: `internal error in ${method}` };
}
