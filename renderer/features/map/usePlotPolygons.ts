import { polygon, type LeafletMouseEvent, type PathOptions, type Polygon } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { PlotShape } from '../../../shared/api/views';
import { PlotIndex } from '../../../shared/geo/plotIndex';
import { toLatLngs } from './geo';
import { MEASURING_CLASS } from './useMeasure';
import { useCanvasInPane } from './usePanes';

/** Above this many plots in view the map shows the zone overview instead of plots (city / province scale). */
const MAX_DRAWN_PLOTS = 12_000;

interface Options {
  shapes: PlotShape[] | undefined;
  /** Style of one plot; a new function identity restyles the drawn plots (no rebuild). */
  styleOf: (id: string, selected: boolean) => PathOptions;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export interface DrawnPlots {
  drawn: number;
  /** True when more plots are in view than are drawn: the user should zoom in. */
  overview: boolean;
}

// Built once per shapes array: leaving the map view and coming back must not rebuild the R-tree over 100k plots.
const indexes = new WeakMap<PlotShape[], PlotIndex<PlotShape>>();
const NO_SHAPES = new PlotIndex<PlotShape>([]);
function indexOf(shapes: PlotShape[] | undefined): PlotIndex<PlotShape> {
  if (!shapes) return NO_SHAPES;
  let index = indexes.get(shapes);
  if (!index) indexes.set(shapes, (index = new PlotIndex(shapes)));
  return index;
}

/**
 * Draws only the plots in view (R-tree query on every move), each built lazily once as an L.polygon on one canvas
 * renderer. Clicks are hit-tested through the index, so the canvas never scans its layers on mouse moves.
 */
export function usePlotPolygons({ shapes, styleOf, selectedId, onSelect }: Options): DrawnPlots {
  const map = useMap();
  const renderer = useCanvasInPane('plots');
  const index = useMemo(() => indexOf(shapes), [shapes]);
  const built = useRef(new Map<string, Polygon>());
  const onMap = useRef(new Set<string>());
  const latest = useRef({ onSelect, styleOf, selectedId });
  const [state, setState] = useState<DrawnPlots>({ drawn: 0, overview: false });
  useEffect(() => {
    latest.current = { onSelect, styleOf, selectedId };
  });

  const layerOf = useCallback(
    (shape: PlotShape): Polygon => {
      let layer = built.current.get(shape.id);
      if (!layer) {
        layer = polygon(toLatLngs(shape.geometry), { renderer, interactive: false });
        built.current.set(shape.id, layer);
      }
      return layer;
    },
    [renderer],
  );

  const sync = useCallback(() => {
    const b = map.getBounds().pad(0.2);
    const box: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const overview = index.count(box) > MAX_DRAWN_PLOTS;
    const { styleOf: style, selectedId: selected } = latest.current;
    // Zoomed out, the zone overview stands in for the plots; the selected plot stays drawn so selection shows at every zoom.
    const found = overview ? (selected === null ? [] : index.items.filter((s) => s.id === selected)) : index.search(box);
    const want = new Map<string, PlotShape>(found.map((s) => [s.id, s]));
    for (const id of onMap.current) {
      if (!want.has(id)) built.current.get(id)?.remove();
    }
    for (const [id, shape] of want) {
      if (onMap.current.has(id)) continue;
      layerOf(shape).setStyle(style(id, id === selected)).addTo(map);
    }
    onMap.current = new Set(want.keys());
    if (selected !== null && onMap.current.has(selected)) built.current.get(selected)?.bringToFront();
    setState({ drawn: overview ? 0 : want.size, overview });
  }, [map, index, layerOf]);

  useEffect(() => {
    sync();
    map.on('moveend', sync);
    const layers = built.current;
    return () => {
      map.off('moveend', sync);
      for (const id of onMap.current) layers.get(id)?.remove();
      onMap.current = new Set();
      built.current = new Map();
    };
  }, [map, sync]);

  useEffect(() => {
    const click = (e: LeafletMouseEvent) => {
      if (map.getContainer().classList.contains(MEASURING_CLASS)) return;
      const hit = index.hitTest(e.latlng.lng, e.latlng.lat);
      if (hit && onMap.current.has(hit.id)) latest.current.onSelect(hit.id);
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, index]);

  useEffect(() => {
    const selected = latest.current.selectedId;
    for (const id of onMap.current) built.current.get(id)?.setStyle(styleOf(id, id === selected));
  }, [styleOf]);

  const styledSelection = useRef<string | null>(null);
  useEffect(() => {
    const previous = styledSelection.current;
    styledSelection.current = selectedId;
    if (previous === selectedId) return;
    const style = latest.current.styleOf;
    if (previous !== null && onMap.current.has(previous)) built.current.get(previous)?.setStyle(style(previous, false));
    if (selectedId !== null && onMap.current.has(selectedId)) built.current.get(selectedId)?.setStyle(style(selectedId, true)).bringToFront();
  }, [selectedId]);

  return state;
}
