import { polygonsOf, type AreaGeometry } from '../domain/geometry';

/** Even-odd ray casting over every ring, so holes count; a point on an edge may fall either side. */
export function pointInGeometry(lon: number, lat: number, g: AreaGeometry): boolean {
  let inside = false;
  for (const polygon of polygonsOf(g)) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
