import { divIcon, marker, polygon, polyline } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapLayers, ZoneView } from '../../../shared/api/views';
import { toLatLngs } from './geo';
import { ensurePane, useCanvasInPane } from './usePanes';
import { RIVER_COLOR } from './plotStyle';
import yellowRiver from './yellowRiver.json';

/** Beyond this zoom the 1:50m line (quantised to ~1.5 km) would look like a surveyed bank it is not: hidden. */
const RIVER_MAX_ZOOM = 11;

/** The Yellow River (Natural Earth 1:50m, bundled: scripts/make-yellow-river.ts), above the county fills, city scale only. */
export function RiverLayer() {
  const map = useMap();
  const renderer = useCanvasInPane('river');
  useEffect(() => {
    const line = polyline(
      yellowRiver.lines.map((l) => l.map(([lon = 0, lat = 0]) => [lat, lon] as [number, number])),
      { renderer, interactive: false, color: RIVER_COLOR, weight: 3, opacity: 0.8, attribution: yellowRiver.attribution },
    );
    const show = () => {
      if (map.getZoom() <= RIVER_MAX_ZOOM) line.addTo(map);
      else line.remove();
    };
    show();
    map.on('zoomend', show);
    return () => {
      map.off('zoomend', show);
      line.remove();
    };
  }, [map, renderer]);
  return null;
}

/** County outlines in light grey under everything: the only base layer (offline, no tiles). */
export function CountyLayer({ layers }: { layers: MapLayers | undefined }) {
  const map = useMap();
  const renderer = useCanvasInPane('counties');
  useEffect(() => {
    const drawn = (layers?.counties ?? []).map((c) =>
      polygon(toLatLngs(c.boundary), {
        renderer,
        interactive: false,
        color: '#9aa3ad',
        weight: 1.2,
        dashArray: '6 4',
        fillColor: '#ffffff',
        fillOpacity: 0.55,
      }).addTo(map),
    );
    return () => drawn.forEach((l) => l.remove());
  }, [map, renderer, layers]);
  return null;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Zone boundaries outlined above the plots, each labelled at its northern edge; the selected zone drawn stronger. */
export function ZoneLayer({ zones, selectedId, label }: { zones: ZoneView[] | undefined; selectedId: string | null; label: (z: ZoneView) => string }) {
  const map = useMap();
  const renderer = useCanvasInPane('zones');
  useEffect(() => {
    const labelPane = ensurePane(map, 'zoneLabels');
    const drawn = (zones ?? []).flatMap((z) => {
      const selected = z.id === selectedId;
      const outline = polygon(toLatLngs(z.boundary), {
        renderer,
        interactive: false,
        color: selected ? '#0a2a66' : '#2f5d8a',
        weight: selected ? 2.6 : 1.6,
        fill: false,
      });
      const [minLon, , maxLon, maxLat] = z.bbox;
      const text = escapeHtml(label(z));
      const tag = marker([maxLat, (minLon + maxLon) / 2], {
        pane: labelPane,
        interactive: false,
        keyboard: false,
        icon: divIcon({ className: `zone-label${selected ? ' zone-label--selected' : ''}`, html: `<span>${text}</span>`, iconSize: [0, 0] }),
      });
      return [outline.addTo(map), tag.addTo(map)];
    });
    return () => drawn.forEach((l) => l.remove());
  }, [map, renderer, zones, selectedId, label]);
  return null;
}
