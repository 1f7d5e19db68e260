import { z } from 'zod';
import type { ApiError } from '../../shared/api/contract';
import { describeIssues } from '../../shared/schemas/issues';
import { describeIssuesZh } from '../../shared/schemas/issuesZh';

/**
 * An error the caller can act on, said in English and in Chinese. messageZh is required, not optional: the UI runs
 * in Chinese, so a refusal without it would reach a clerk in English; the typechecker now refuses such a throw.
 */
export class SaidError extends Error {
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
function clipRuns(message: string, runChar: string, length: (n: number) => string): string {
  const max = 120;
  const total = 4000;
  const clipped = message.replace(new RegExp(`${runChar}{${max + 1},}`, 'gu'), (run) => `${run.slice(0, max)}…${length(run.length)}`);
  return clipped.length > total ? `${clipped.slice(0, total)}…` : clipped;
}

const clipQuoted = (message: string): string => clipRuns(message, '\\S', (n) => `(${n} chars)`);

/** Chinese puts no spaces between words, so there a run to cut is one of other characters (an id, a value sent), never the text itself. */
const clipZh = (message: string): string => clipRuns(message, '[^\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]', (n) => `（共 ${n} 个字符）`);

/** Turns anything a handler throws into the error shape both transports send; internal details stay in the log. */
export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof z.ZodError) {
    return { code: 'bad-input', message: clipQuoted(describeIssues(error, method).join('; ')), messageZh: clipZh(describeIssuesZh(error, method).join('；')) };
  }
  const said = (code: ApiError['code'], e: SaidError): ApiError => ({ code, message: clipQuoted(e.message), messageZh: clipZh(e.messageZh) });
  if (error instanceof BadInputError) return said('bad-input', error);
  if (error instanceof NotFoundError) return said('not-found', error);
  if (error instanceof ConflictError) return said('conflict', error);
  return { code: 'internal', message: `internal error in ${method}`, messageZh: `${method} 内部错误（详情已记入日志）` };
}
