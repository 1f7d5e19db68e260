import { z } from 'zod';
import type { ApiError } from '../../shared/api/contract';
import { describeIssues } from '../../shared/schemas/issues';

/** An error the caller can act on, said in English and, where given, in Chinese. */
class SaidError extends Error {
  constructor(
    message: string,
    readonly messageZh?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends SaidError {}
export class BadInputError extends SaidError {}
/** A write based on a stale row version: the record changed since it was read. */
export class ConflictError extends SaidError {}

/** Messages quote ids and values the caller sent: a huge one (a 1 MB "id") is cut, so no answer or log echoes it whole. */
export function clipQuoted(message: string, max = 120, total = 4000): string {
  const clipped = message.replace(new RegExp(`\\S{${max + 1},}`, 'gu'), (run) => `${run.slice(0, max)}…(${run.length} chars)`);
  return clipped.length > total ? `${clipped.slice(0, total)}…` : clipped;
}

/** Turns anything a handler throws into the error shape both transports send; internal details stay in the log. */
export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof z.ZodError) return { code: 'bad-input', message: clipQuoted(describeIssues(error, method).join('; ')) };
  const said = (code: ApiError['code'], e: SaidError): ApiError => ({ code, message: clipQuoted(e.message), ...(e.messageZh === undefined ? {} : { messageZh: clipQuoted(e.messageZh) }) });
  if (error instanceof BadInputError) return said('bad-input', error);
  if (error instanceof NotFoundError) return said('not-found', error);
  if (error instanceof ConflictError) return said('conflict', error);
  return { code: 'internal', message: `internal error in ${method}` };
}
