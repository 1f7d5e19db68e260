import type { ApiMethod } from '../../shared/api/contract';
import { benchmarkingHandlers } from './features/benchmarking';
import { coreHandlers } from './features/core';
import { dataExchangeHandlers } from './features/dataExchange';
import { idleLandHandlers } from './features/idleLand';
import { importJobHandlers } from './features/importJobs';
import { localSettingsHandlers } from './features/localSettings';
import { basemapHandlers } from './features/basemap';
import { mapDataHandlers } from './features/mapData';
import { reportHandlers } from './features/report';
import { ruleSetHandlers } from './features/ruleSets';
import type { HandlerMap } from './types';

export type { HandlerDeps } from './types';
export { toPlotRow } from './features/core';

/** Every API method's handler, one spread per feature file; the type demands one handler per method of the contract. */
export const handlers: HandlerMap<ApiMethod> = {
  ...coreHandlers,
  ...reportHandlers,
  ...benchmarkingHandlers,
  ...idleLandHandlers,
  ...dataExchangeHandlers,
  ...importJobHandlers,
  ...mapDataHandlers,
  ...basemapHandlers,
  ...localSettingsHandlers,
  ...ruleSetHandlers,
};
