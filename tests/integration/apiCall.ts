import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import type { HandlerDeps } from '../../electron/api/handlers';

/** Calls API handlers the way the transports do; `call` expects success, `fail` expects the typed error. */
export function apiCaller(deps: () => HandlerDeps) {
  return {
    call<M extends ApiMethod>(method: M, input: ApiInput<M>): ApiOutput<M> {
      const r = dispatch(deps(), method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.data as ApiOutput<M>;
    },
    fail(method: ApiMethod, input: unknown): { code: string; message: string } {
      const r = dispatch(deps(), method, input, () => {});
      if (r.ok) throw new Error(`${method} should have failed`);
      return r.error;
    },
  };
}
