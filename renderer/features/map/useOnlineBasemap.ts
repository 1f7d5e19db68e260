import { NO_ONLINE_BASEMAP, type OnlineBasemap } from '../../../shared/geo/onlineBasemap';
import { useApiQuery } from '../../api/useApiQuery';

/** The configured online basemap; 'none' until the answer arrives, so nothing is requested before it is known. */
export function useOnlineBasemap(): { source: OnlineBasemap; loaded: boolean } {
  const { data } = useApiQuery('map.onlineBasemap.get', {});
  return { source: data ?? NO_ONLINE_BASEMAP, loaded: data !== undefined };
}
