import { polygon, type PathOptions, type Polygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { PlotShape } from '../../../shared/api/views';
import { toLatLngs } from './geo';
import { useCanvasInPane } from './usePanes';

interface Options {
  shapes: PlotShape[] | undefined;
  /** Style of one plot; a new function identity triggers a restyle of every plot (no rebuild). */
  styleOf: (id: string) => PathOptions;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Draws every plot as an L.polygon on one canvas renderer. Geometry is built once per shapes array; changes of
 * status, theme, filters or selection only call setStyle. Returns how many plots are drawn.
 */
export function usePlotPolygons({ shapes, styleOf, selectedId, onSelect }: Options): number {
  const map = useMap();
  const renderer = useCanvasInPane('plots');
  const layers = useRef(new Map<string, Polygon>());
  const onSelectRef = useRef(onSelect);
  const styleRef = useRef(styleOf);
  useEffect(() => {
    onSelectRef.current = onSelect;
    styleRef.current = styleOf;
  });

  useEffect(() => {
    const built = new Map<string, Polygon>();
    for (const shape of shapes ?? []) {
      const layer = polygon(toLatLngs(shape.geometry), { renderer, bubblingMouseEvents: false, ...styleRef.current(shape.id) });
      layer.on('click', () => onSelectRef.current(shape.id));
      layer.addTo(map);
      built.set(shape.id, layer);
    }
    layers.current = built;
    return () => {
      for (const layer of built.values()) layer.remove();
      layers.current = new Map();
    };
  }, [map, renderer, shapes]);

  useEffect(() => {
    for (const [id, layer] of layers.current) layer.setStyle(styleOf(id));
    if (selectedId !== null) layers.current.get(selectedId)?.bringToFront();
  }, [styleOf, selectedId, shapes]);

  return shapes?.length ?? 0;
}
