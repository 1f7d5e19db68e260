import type { z } from 'zod';
import type { API, ApiMethod, ApiOutput } from '../../shared/api/contract';
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

/** A method's input as dispatch hands it over: parsed by its schema, so the schema's defaults are filled in. */
export type ParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;

/** Handlers of a set of API methods: plain functions of (dependencies, validated input); file work (import, export) may return a promise. */
export type HandlerMap<K extends ApiMethod> = {
  [M in K]: (deps: HandlerDeps, input: ParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};
