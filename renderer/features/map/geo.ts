import { latLngBounds, type LatLngBounds, type LatLngTuple } from 'leaflet';
import { polygonsOf, type AreaGeometry, type Bbox } from '../../../shared/domain/geometry';

/** GeoJSON lon/lat → Leaflet lat/lng, as nested polygons → rings → points (closing point dropped). */
export function toLatLngs(geometry: AreaGeometry): LatLngTuple[][][] {
  return polygonsOf(geometry).map((polygon) =>
    polygon.map((ring) => ring.slice(0, ring.length - 1).map(([lon, lat]): LatLngTuple => [lat, lon])),
  );
}

export function bboxToBounds([minLon, minLat, maxLon, maxLat]: readonly number[] | Bbox): LatLngBounds {
  return latLngBounds([minLat ?? 0, minLon ?? 0], [maxLat ?? 0, maxLon ?? 0]);
}
