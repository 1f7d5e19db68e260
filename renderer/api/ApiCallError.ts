import type { ApiError } from '../../shared/api/contract';
import type { Lang } from '../../shared/domain/enums';

export type ApiErrorCode = ApiError['code'] | 'transport';

/** Thrown by the client when a call answers `ok: false` or cannot be made at all; the UI shows it. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly method: string;
  readonly messageZh: string | undefined;

  constructor(method: string, code: ApiErrorCode, message: string, messageZh?: string) {
    super(message);
    this.name = 'ApiCallError';
    this.method = method;
    this.code = code;
    this.messageZh = messageZh;
  }
}

/** A message as the server says it: English, and Chinese where it gave one. */
export interface SaidMessage {
  message: string;
  messageZh?: string | undefined;
}

export interface DescribedError extends SaidMessage {
  method: string | null;
  code: string;
}

export function describeError(error: unknown): DescribedError {
  if (error instanceof ApiCallError) return { method: error.method, code: error.code, message: error.message, messageZh: error.messageZh };
  if (error instanceof Error) return { method: null, code: 'internal', message: error.message };
  return { method: null, code: 'internal', message: String(error) };
}

/** What the user reads: the Chinese message in the Chinese UI when the server gave one, else the English one. */
export function errorText(shown: SaidMessage, lang: Lang): string {
  return lang === 'zh' && shown.messageZh ? shown.messageZh : shown.message;
}
