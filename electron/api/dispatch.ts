import { API, isApiMethod, type ApiMethod, type ApiResponse } from '../../shared/api/contract';
import { toApiError } from './errors';
import { handlers, type HandlerDeps } from './handlers';
import { liveDeps } from './session';

const unknownMethod = (method: string): ApiResponse<unknown> => ({ ok: false, error: { code: 'not-found', message: `unknown method ${method}`, messageZh: `未知的接口方法 ${method}` } });

/** Validates the input and runs the handler; throws what either throws. */
function run(deps: HandlerDeps, method: ApiMethod, rawInput: unknown): unknown {
  const input = API[method].input.parse(rawInput ?? {});
  const handler = handlers[method] as (d: HandlerDeps, i: unknown) => unknown;
  return handler(liveDeps(deps), input);
}

function failure(error: unknown, method: ApiMethod, log: (e: unknown) => void): ApiResponse<unknown> {
  const apiError = toApiError(error, method);
  if (apiError.code === 'internal') log(error);
  return { ok: false, error: apiError };
}

/** The single entry both transports call: validates the method name and the input, runs the handler, shapes the answer. */
export function dispatch(deps: HandlerDeps, method: string, rawInput: unknown, log: (e: unknown) => void = console.error): ApiResponse<unknown> {
  if (!isApiMethod(method)) return unknownMethod(method);
  try {
    const data = run(deps, method, rawInput);
    if (data instanceof Promise) throw new Error(`${method} is asynchronous: call dispatchAsync`);
    return { ok: true, data };
  } catch (error) {
    return failure(error, method, log);
  }
}

export type { ApiMethod };

/** What the transports call: like dispatch, but awaits handlers that work on files (import, export). */
export async function dispatchAsync(deps: HandlerDeps, method: string, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) return unknownMethod(method);
  try {
    return { ok: true, data: await run(deps, method, rawInput) };
  } catch (error) {
    return failure(error, method, log);
  }
}
