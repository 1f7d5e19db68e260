import { latLngBounds, type LatLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { ZoneView } from '../../../shared/api/views';
import { useAppData } from '../../app/AppData';
import { useSelection } from '../../stores/selectionStore';
import { bboxToBounds } from './geo';
import { useInvalidateOnResize } from './useInvalidateOnResize';

const PLOT_ZOOM = 15;
/** Keeps fitted zones clear of the legend (top right) and the scale bar (bottom left). */
const FIT_PADDING = { paddingTopLeft: [40, 40] as [number, number], paddingBottomRight: [230, 30] as [number, number], animate: false };

function zoneBounds(zones: readonly ZoneView[], zoneId: string | null): LatLngBounds | null {
  const picked = zoneId === null ? zones : zones.filter((z) => z.id === zoneId);
  if (picked.length === 0) return null;
  return picked.reduce((b, z) => b.extend(bboxToBounds(z.bbox)), latLngBounds([]));
}

/**
 * Moves the map for the user: fits all zones once the zones arrive, fits a zone when one is picked (or all zones
 * for "all"), and brings a plot into view when it was selected outside the map (table, panel) — never for the
 * map's own clicks. Re-queries for a new as-of date never move the map: the latest data is read through refs.
 */
export function MapFocus() {
  const map = useMap();
  useInvalidateOnResize();
  const { zones, plotsById } = useAppData();
  const zoneId = useSelection((s) => s.zoneId);
  const zoneFocus = useSelection((s) => s.zoneFocus);
  const plotId = useSelection((s) => s.plotId);
  const plotSource = useSelection((s) => s.plotSource);
  const latest = useRef({ zones, plotsById, zoneId });
  useEffect(() => {
    latest.current = { zones, plotsById, zoneId };
  });
  const haveZones = zones !== undefined;

  useEffect(() => {
    const { zones: current, zoneId: id } = latest.current;
    const bounds = current ? zoneBounds(current, id) : null;
    const size = map.getSize();
    if (bounds && size.x > 300 && size.y > 200) map.fitBounds(bounds, FIT_PADDING);
  }, [map, haveZones, zoneFocus]);

  useEffect(() => {
    if (plotId === null || plotSource === 'map') return;
    const plot = latest.current.plotsById.get(plotId);
    if (!plot) return;
    const center = bboxToBounds(plot.bbox).getCenter();
    map.setView(center, Math.max(map.getZoom(), PLOT_ZOOM), { animate: false });
  }, [map, plotId, plotSource]);

  return null;
}
