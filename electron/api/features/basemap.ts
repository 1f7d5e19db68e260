import type { BASEMAP_METHODS } from '../../../shared/api/methods/basemap';
import { basemapFor } from '../../services/basemap/mbtiles';
import { loadOnlineBasemap, saveOnlineBasemap } from '../../services/basemap/onlineSource';
import type { HandlerMap } from '../types';

export const basemapHandlers: HandlerMap<keyof typeof BASEMAP_METHODS> = {
  'map.basemap': ({ databasePath }) => basemapFor(databasePath)?.info ?? null,
  'map.onlineBasemap.get': ({ db }) => loadOnlineBasemap(db),
  'map.onlineBasemap.set': ({ db, now }, { source, author }) => saveOnlineBasemap(db, now().toISOString(), source, author),
};
