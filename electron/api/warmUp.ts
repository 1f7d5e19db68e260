import type { ApiResponse } from '../../shared/api/contract';
import { todayIso } from '../../shared/domain/dates';
import { dispatch } from './dispatch';
import type { HandlerDeps } from './types';

/**
 * Computes today's map data (the 100k-plot assessment and its columnar encoding, both cached until the database
 * changes) while the window is still loading its scripts, so the first map request is answered from the cache.
 * The answers are returned for the transport to keep serialised.
 */
export function warmUpMapData(deps: HandlerDeps, log: (e: unknown) => void = console.error): ApiResponse<unknown>[] {
  const asOf = todayIso(deps.now());
  return [dispatch(deps, 'plots.columns', { asOf }, log), dispatch(deps, 'zones.list', { asOf }, log)];
}
