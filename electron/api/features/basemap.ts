import type { BASEMAP_METHODS } from '../../../shared/api/methods/basemap';
import { basemapFor } from '../../services/basemap/mbtiles';
import type { HandlerMap } from '../types';

export const basemapHandlers: HandlerMap<keyof typeof BASEMAP_METHODS> = {
  'map.basemap': ({ databasePath }) => basemapFor(databasePath)?.info ?? null,
};
