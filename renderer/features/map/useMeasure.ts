import { circleMarker, polygon, polyline, type LatLng, type LeafletMouseEvent } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';

const STYLE = { color: '#c2185b', weight: 2, dashArray: '5 4', interactive: false } as const;
/** Set on the map container while measuring: other click handlers (plot selection) stand aside. */
export const MEASURING_CLASS = 'is-measuring';

/** A click this close (px) to the last point is the first half of a double-click, not a new point. */
const SAME_POINT_PX = 5;

export interface Measurement {
  points: LatLng[];
  closed: boolean;
}

/** Collects measuring clicks on the map while active and draws them; a double-click closes the ring. */
export function useMeasure(active: boolean) {
  const map = useMap();
  const [m, setM] = useState<Measurement>({ points: [], closed: false });
  const reset = useCallback(() => setM({ points: [], closed: false }), []);
  const finish = useCallback(() => setM((cur) => (cur.points.length >= 3 ? { ...cur, closed: true } : cur)), []);

  useEffect(() => {
    if (!active) return;
    const container = map.getContainer();
    container.classList.add(MEASURING_CLASS);
    map.doubleClickZoom.disable();
    const click = (e: LeafletMouseEvent) =>
      setM((cur) => {
        const base = cur.closed ? [] : cur.points;
        const last = base[base.length - 1];
        if (last && map.latLngToContainerPoint(last).distanceTo(e.containerPoint) < SAME_POINT_PX) return cur;
        return { points: [...base, e.latlng], closed: false };
      });
    const dblclick = () => finish();
    map.on('click', click);
    map.on('dblclick', dblclick);
    return () => {
      container.classList.remove(MEASURING_CLASS);
      map.doubleClickZoom.enable();
      map.off('click', click);
      map.off('dblclick', dblclick);
    };
  }, [map, active, finish]);

  useEffect(() => {
    if (!active) reset();
  }, [active, reset]);

  useEffect(() => {
    const drawn = [
      ...m.points.map((p) => circleMarker(p, { ...STYLE, dashArray: undefined, radius: 3, fillOpacity: 1 })),
      m.closed ? polygon(m.points, { ...STYLE, fillOpacity: 0.15 }) : polyline(m.points, STYLE),
    ].map((l) => l.addTo(map));
    return () => drawn.forEach((l) => l.remove());
  }, [map, m]);

  return { measurement: m, finish, reset };
}
