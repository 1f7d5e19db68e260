import { latLngBounds, tileLayer } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapInfo } from '../../../shared/api/methods/basemap';

/**
 * The user's offline raster basemap (basemap.mbtiles next to the database), under everything; its tiles come from
 * the local server (browser mode) or the app:// protocol (electron/desktop/protocol.ts).
 */
export function BasemapLayer({ data }: { data: BasemapInfo | null | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (!data) return;
    const [w, s, e, n] = data.bounds ?? [-180, -85, 180, 85];
    const layer = tileLayer('/tiles/{z}/{x}/{y}', {
      minZoom: 0,
      minNativeZoom: data.minZoom,
      maxNativeZoom: data.maxZoom,
      bounds: latLngBounds([s, w], [n, e]),
      attribution: data.attribution ?? data.name,
    }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, data]);
  return null;
}
