import { circleMarker, polygon, type LeafletMouseEvent } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { pointInGeometry } from '../../../shared/geo/pointInPolygon';
import { useAppData } from '../../app/AppData';
import { useFilteredPlots } from '../../app/useFilteredPlots';
import { useAppState } from '../../stores/appStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { SELECTED_STROKE } from './plotStyle';
import { toLatLngs } from './geo';
import { useCanvasInPane } from './usePanes';
import { shareColor, zoneShares } from './zoneOverview';

/**
 * City / province scale (too many plots in view to draw): each zone filled by the theme's problem share of area over
 * the filtered plots; a click on a zone picks it, which zooms the map to it. The selected plot is marked by a ring.
 */
export function ZoneOverviewLayer({ active }: { active: boolean }) {
  const map = useMap();
  const renderer = useCanvasInPane('plots');
  const { zones, plotsById } = useAppData();
  const selectedId = useSelection((s) => s.plotId);
  const { rows } = useFilteredPlots();
  const theme = useAppState((s) => s.theme);
  const { selectZone } = useSelectionActions();
  const shares = useMemo(() => zoneShares(rows, theme), [rows, theme]);

  useEffect(() => {
    if (!active) return;
    const drawn = (zones ?? []).map((z) => {
      const color = shareColor(shares.get(z.id)?.share ?? null);
      return polygon(toLatLngs(z.boundary), { renderer, interactive: false, stroke: false, fillColor: color, fillOpacity: 0.55 }).addTo(map);
    });
    return () => drawn.forEach((l) => l.remove());
  }, [active, map, renderer, zones, shares]);

  // A plot is smaller than a pixel at this scale: a ring marks where the selected one is.
  const selected = selectedId === null ? undefined : plotsById.get(selectedId);
  useEffect(() => {
    if (!active || !selected) return;
    const [w, s, e, n] = selected.bbox;
    const ring = circleMarker([(s + n) / 2, (w + e) / 2], { renderer, interactive: false, radius: 9, color: SELECTED_STROKE, weight: 3, fill: false }).addTo(map);
    return () => {
      ring.remove();
    };
  }, [active, map, renderer, selected]);

  useEffect(() => {
    if (!active) return;
    const click = (e: LeafletMouseEvent) => {
      const zone = (zones ?? []).find((z) => pointInGeometry(e.latlng.lng, e.latlng.lat, z.boundary));
      if (zone) selectZone(zone.id);
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [active, map, zones, selectZone]);
  return null;
}
