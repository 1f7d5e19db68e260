import { tileLayer } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { tileLayersOf, type OnlineBasemap } from '../../../shared/geo/onlineBasemap';

/** The user's online tile source under everything (its label layer above its base); nothing at all when 'none'. */
export function OnlineBasemapLayer({ source }: { source: OnlineBasemap }) {
  const map = useMap();
  useEffect(() => {
    const layers = tileLayersOf(source).map((spec, i) =>
      tileLayer(spec.url, {
        subdomains: spec.subdomains || 'abc',
        maxNativeZoom: spec.maxNativeZoom,
        maxZoom: 22,
        attribution: spec.attribution,
        zIndex: i + 1,
        // Tile servers see no page address (the CSP pins them; no referrer leaves the machine either).
        referrerPolicy: 'no-referrer',
      }).addTo(map),
    );
    return () => {
      for (const l of layers) l.remove();
    };
  }, [map, source]);
  return null;
}
