import type { LatLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useInvalidateOnResize } from '../map/useInvalidateOnResize';

/** Fits the map to the given bounds once it has a size, and again whenever the bounds change. */
export function FitBounds({ bounds }: { bounds: LatLngBounds }) {
  const map = useMap();
  useInvalidateOnResize();
  const key = bounds.toBBoxString();
  const latest = useRef(bounds);
  latest.current = bounds;
  useEffect(() => {
    const fit = () => {
      map.invalidateSize({ pan: false });
      map.fitBounds(latest.current, { animate: false, padding: [16, 16] });
    };
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) fit();
    const timer = setTimeout(fit, 80);
    return () => clearTimeout(timer);
  }, [map, key]); // by its box string: a new object for the same box must not refit
  return null;
}
