import { z } from 'zod';
import type { ApiError } from '../../shared/api/contract';
import { describeIssues } from '../../shared/schemas/issues';
import { describeIssuesZh } from '../../shared/schemas/issuesZh';

/**
 * An error the caller can act on, said in English and in Chinese. messageZh is required, not optional: the UI runs
 * in Chinese, so a refusal without it would reach a clerk in English; the typechecker now refuses such a throw.
 */
class SaidError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
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
  if (error instanceof z.ZodError) {
    return { code: 'bad-input', message: clipQuoted(describeIssues(error, method).join('; ')), messageZh: clipQuoted(describeIssuesZh(error, method).join('；')) };
  }
  const said = (code: ApiError['code'], e: SaidError): ApiError => ({ code, message: clipQuoted(e.message), messageZh: clipQuoted(e.messageZh) });
  if (error instanceof BadInputError) return said('bad-input', error);
  if (error instanceof NotFoundError) return said('not-found', error);
  if (error instanceof ConflictError) return said('conflict', error);
  return { code: 'internal', message: `internal error in ${method}`, messageZh: `${method} 内部错误（详情已记入日志）` };
}
