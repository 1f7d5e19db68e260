import { polygonsOf, type AreaGeometry } from '../domain/geometry';
import { pointInGeometry } from '../geo/pointInPolygon';

const METRES_PER_DEGREE = 111_320;

/** Metres from a point to the nearest edge of an area (local equirectangular projection: exact enough at plot scale). */
export function distanceToEdgeM(lon: number, lat: number, area: AreaGeometry): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygonsOf(area))
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (!a || !b) continue;
        const ax = (a[0] - lon) * k * METRES_PER_DEGREE;
        const ay = (a[1] - lat) * METRES_PER_DEGREE;
        const dx = (b[0] - lon) * k * METRES_PER_DEGREE - ax;
        const dy = (b[1] - lat) * METRES_PER_DEGREE - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

export interface Placement {
  inside: boolean;
  /** 0 inside; otherwise metres to the plot's nearest edge. */
  outsideByM: number;
  /** Outside by more than the position's stated accuracy (or outside at all when accuracy is unknown): warn. */
  warn: boolean;
}

/** Where a photo or inspection position lies relative to the plot, allowing for the fix's accuracy. */
export function placementOf(lon: number, lat: number, accuracyM: number | null, plot: AreaGeometry): Placement {
  if (pointInGeometry(lon, lat, plot)) return { inside: true, outsideByM: 0, warn: false };
  const outsideByM = distanceToEdgeM(lon, lat, plot);
  return { inside: false, outsideByM, warn: outsideByM > (accuracyM ?? 0) };
}
