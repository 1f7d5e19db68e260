import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import type { HandlerDeps } from '../../electron/api/handlers';
import type { Db } from '../../electron/db/connection';
import { TEST_NOW } from './seededDb';

/** The deps the HTTP transport hands a handler, for a test database, with the clock fixed at `now`. */
export function testDeps(db: Db, databasePath: string, now = TEST_NOW): HandlerDeps {
  return { db, now: () => new Date(now), transport: 'http', databasePath, version: 'test' };
}

/** Calls API handlers the way the transports do; `call` expects success, `fail` expects the typed error; `callAs` names its result type itself. */
export function apiCaller(deps: () => HandlerDeps) {
  return {
    call<M extends ApiMethod>(method: M, input: ApiInput<M>): ApiOutput<M> {
      const r = dispatch(deps(), method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.data as ApiOutput<M>;
    },
    callAs<T>(method: string, input: unknown): T {
      const r = dispatch(deps(), method, input, () => {});
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.data as T;
    },
    fail(method: ApiMethod, input: unknown): { code: string; message: string; messageZh?: string | undefined } {
      const r = dispatch(deps(), method, input, () => {});
      if (r.ok) throw new Error(`${method} should have failed`);
      return r.error;
    },
  };
}
