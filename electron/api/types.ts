import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { Db } from '../db/connection';
import type { AppSession } from './session';

export interface HandlerDeps {
  db: Db;
  now: () => Date;
  transport: 'electron' | 'http';
  databasePath: string;
  version: string;
  /** The running app's lasting state (serve, desktop): restore swaps the database in it, import jobs live in it. Absent for one-shot callers. */
  session?: AppSession;
}

/** Handlers of a set of API methods: plain functions of (dependencies, validated input); file work (import, export) may return a promise. */
export type HandlerMap<K extends ApiMethod> = {
  [M in K]: (deps: HandlerDeps, input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};
