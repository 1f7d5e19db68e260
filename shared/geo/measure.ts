import { m2ToMu } from '../domain/units';
import { fromLonLat, planarCrsFor } from '../import/crs';

export type LonLat = readonly [number, number];

/** Longitude of the ring's area centroid (vertex mean for a path or a degenerate ring): it picks the GK zone. */
export function centroidLon(points: readonly LonLat[]): number {
  let twice = 0;
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (!a || !b) continue;
    const cross = a[0] * b[1] - b[0] * a[1];
    twice += cross;
    sum += (a[0] + b[0]) * cross;
  }
  if (points.length >= 3 && Math.abs(twice) > 1e-18) return sum / (3 * twice);
  return points.reduce((s, p) => s + p[0], 0) / Math.max(points.length, 1);
}

function planar(points: readonly LonLat[]): [number, number][] {
  if (points.length === 0) return [];
  const crs = planarCrsFor(centroidLon(points));
  return points.map((p) => fromLonLat(crs, p));
}

/**
 * Length of a path in metres, measured in the CGCS2000 3° GK zone of its mean longitude (the same zone rule as areas) (scale error < 0.1 % within
 * a zone at Puyang's latitude — a city-scale measuring tool, not a geodesic one).
 */
export function pathLength(points: readonly LonLat[]): number {
  const xy = planar(points);
  let total = 0;
  for (let i = 1; i < xy.length; i++) {
    const a = xy[i - 1];
    const b = xy[i];
    if (a && b) total += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return total;
}

/** Planar area in m² of a ring (open or closed) in the CGCS2000 3° GK zone of its centroid longitude (shoelace). */
export function planarArea(ring: readonly LonLat[]): number {
  const xy = planar(ring);
  if (xy.length < 3) return 0;
  let twice = 0;
  for (let i = 0; i < xy.length; i++) {
    const a = xy[i];
    const b = xy[(i + 1) % xy.length];
    if (a && b) twice += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(twice) / 2;
}

/** m² → 亩: the one conversion of shared/domain/units.ts, under the name the map tools use. */
export const toMu = m2ToMu;

/** "850 m" below 1 km, else "1.234 km". */
export function formatLength(m: number): string {
  return m < 1000 ? `${m.toFixed(1)} m` : `${(m / 1000).toFixed(3)} km`;
}
