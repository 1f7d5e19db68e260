import { polygon, type PathOptions, type Polygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PlotShape } from '../../../shared/api/views';
import { toLatLngs } from './geo';
import { useCanvasInPane } from './usePanes';

interface Options {
  shapes: PlotShape[] | undefined;
  /** Style of one plot; a new function identity restyles every plot (no rebuild). */
  styleOf: (id: string, selected: boolean) => PathOptions;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Draws every plot as an L.polygon on one canvas renderer. Geometry is built once per shapes array; a change of
 * status, theme or filters restyles all plots, a change of selection restyles only the two plots concerned.
 * Returns how many plots are drawn.
 */
export function usePlotPolygons({ shapes, styleOf, selectedId, onSelect }: Options): number {
  const map = useMap();
  const renderer = useCanvasInPane('plots');
  const layers = useRef(new Map<string, Polygon>());
  const latest = useRef({ onSelect, styleOf, selectedId });
  const styledSelection = useRef<string | null>(null);
  useEffect(() => {
    latest.current = { onSelect, styleOf, selectedId };
  });

  useEffect(() => {
    const built = new Map<string, Polygon>();
    const { styleOf: style, selectedId: selected } = latest.current;
    for (const shape of shapes ?? []) {
      const layer = polygon(toLatLngs(shape.geometry), { renderer, bubblingMouseEvents: false, ...style(shape.id, shape.id === selected) });
      layer.on('click', () => latest.current.onSelect(shape.id));
      layer.addTo(map);
      built.set(shape.id, layer);
    }
    layers.current = built;
    styledSelection.current = selected;
    return () => {
      for (const layer of built.values()) layer.remove();
      layers.current = new Map();
    };
  }, [map, renderer, shapes]);

  useEffect(() => {
    const selected = latest.current.selectedId;
    for (const [id, layer] of layers.current) layer.setStyle(styleOf(id, id === selected));
    styledSelection.current = selected;
  }, [styleOf]);

  useEffect(() => {
    const previous = styledSelection.current;
    if (previous === selectedId) return;
    const style = latest.current.styleOf;
    if (previous !== null) layers.current.get(previous)?.setStyle(style(previous, false));
    const layer = selectedId === null ? undefined : layers.current.get(selectedId);
    if (layer && selectedId !== null) {
      layer.setStyle(style(selectedId, true));
      layer.bringToFront();
    }
    styledSelection.current = selectedId;
  }, [selectedId]);

  return shapes?.length ?? 0;
}
