import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Leaflet only watches the window; the map's box also changes with the layout, so tell it when it does. */
export function useInvalidateOnResize(): void {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
}
