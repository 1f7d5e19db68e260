import { z } from 'zod';
import { BENCHMARK_METHODS } from './methods/benchmarking';
import { CORE_METHODS } from './methods/core';
import { DATA_EXCHANGE_METHODS } from './methods/dataExchange';
import { IDLE_LAND_METHODS } from './methods/idleLand';
import { IMPORT_JOB_METHODS } from './methods/importJobs';
import { LOCAL_SETTINGS_METHODS } from './methods/localSettings';
import { BASEMAP_METHODS } from './methods/basemap';
import { MAP_DATA_METHODS } from './methods/mapData';
import { REPORT_METHODS } from './methods/report';
import { RULE_SET_METHODS } from './methods/ruleSets';

/** The one API of the app: a named method per operation, its input and output schemas, composed from one file per feature. Both transports validate inputs with these. */
export const API = {
  ...CORE_METHODS,
  ...REPORT_METHODS,
  ...BENCHMARK_METHODS,
  ...IDLE_LAND_METHODS,
  ...DATA_EXCHANGE_METHODS,
  ...IMPORT_JOB_METHODS,
  ...MAP_DATA_METHODS,
  ...BASEMAP_METHODS,
  ...LOCAL_SETTINGS_METHODS,
  ...RULE_SET_METHODS,
} as const;

export type ApiMethod = keyof typeof API;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.infer<(typeof API)[M]['output']>;

/** What the renderer calls; the transport behind it (IPC or HTTP) is invisible. */
export type LandApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export const API_METHODS = Object.keys(API) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** Errors cross the transports as data: a code and a message naming the field. */
/** A refused call; `messageZh` where the refusal is also said in Chinese (the UI shows it in Chinese). */
export const ApiError = z.object({ code: z.enum(['bad-input', 'not-found', 'conflict', 'internal']), message: z.string(), messageZh: z.string().optional() });
export type ApiError = z.infer<typeof ApiError>;
export type ApiResponse<T> = { ok: true; data: T } | { ok: false; error: ApiError };
