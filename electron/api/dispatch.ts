import { API, isApiMethod, type ApiMethod, type ApiResponse } from '../../shared/api/contract';
import { toApiError } from './errors';
import { handlers, type HandlerDeps } from './handlers';
import { liveDeps } from './session';

/** The single entry both transports call: validates the method name and the input, runs the handler, shapes the answer. */
export function dispatch(deps: HandlerDeps, method: string, rawInput: unknown, log: (e: unknown) => void = console.error): ApiResponse<unknown> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'not-found', message: `unknown method ${method}` } };
  try {
    const input = API[method].input.parse(rawInput ?? {});
    const handler = handlers[method] as (d: HandlerDeps, i: unknown) => unknown;
    const data = handler(liveDeps(deps), input);
    if (data instanceof Promise) throw new Error(`${method} is asynchronous: call dispatchAsync`);
    return { ok: true, data };
  } catch (error) {
    const apiError = toApiError(error, method);
    if (apiError.code === 'internal') log(error);
    return { ok: false, error: apiError };
  }
}

export type { ApiMethod };

/** What the transports call: like dispatch, but awaits handlers that work on files (import, export). */
export async function dispatchAsync(deps: HandlerDeps, method: string, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'not-found', message: `unknown method ${method}` } };
  try {
    const input = API[method].input.parse(rawInput ?? {});
    const handler = handlers[method] as (d: HandlerDeps, i: unknown) => unknown;
    return { ok: true, data: await handler(liveDeps(deps), input) };
  } catch (error) {
    const apiError = toApiError(error, method);
    if (apiError.code === 'internal') log(error);
    return { ok: false, error: apiError };
  }
}
