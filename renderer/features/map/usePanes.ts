import { canvas, type Canvas, type Map as LeafletMap } from 'leaflet';
import { useMemo } from 'react';
import { useMap } from 'react-leaflet';

/** Map panes, bottom to top. Only the plot pane takes pointer events, so the outlines drawn above it never swallow clicks. */
const PANES = {
  counties: { zIndex: 380, interactive: false },
  river: { zIndex: 390, interactive: false },
  plots: { zIndex: 410, interactive: true },
  zones: { zIndex: 420, interactive: false },
  zoneLabels: { zIndex: 450, interactive: false },
} as const;

export type PaneName = keyof typeof PANES;

export function ensurePane(map: LeafletMap, pane: PaneName): string {
  if (!map.getPane(pane)) {
    const el = map.createPane(pane);
    el.style.zIndex = String(PANES[pane].zIndex);
    if (!PANES[pane].interactive) el.style.pointerEvents = 'none';
  }
  return pane;
}

/** A canvas renderer living in its own pane (one per map and pane). */
export function useCanvasInPane(pane: PaneName): Canvas {
  const map = useMap();
  return useMemo(() => canvas({ pane: ensurePane(map, pane), padding: 0.3, tolerance: 2 }), [map, pane]);
}
