import { todayIso } from '../../shared/domain/dates';
import { dispatch } from './dispatch';
import type { HandlerDeps } from './types';

/**
 * Computes today's map data (the 100k-plot assessment and its columnar encoding, both cached until the database
 * changes) while the window is still loading its scripts, so the first map request is answered from the cache.
 */
export function warmUpMapData(deps: HandlerDeps, log: (e: unknown) => void = console.error): void {
  const answer = dispatch(deps, 'plots.columns', { asOf: todayIso(deps.now()) }, log);
  if (!answer.ok && answer.error.code !== 'internal') log(new Error(answer.error.message));
}
