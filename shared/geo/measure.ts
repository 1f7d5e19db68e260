import { fromLonLat, planarCrsFor } from '../import/crs';

export type LonLat = readonly [number, number];

/** 1 亩 = 10000/15 m². */
export const MU_PER_M2 = 15 / 10_000;

function planar(points: readonly LonLat[]): [number, number][] {
  if (points.length === 0) return [];
  const lonC = points.reduce((s, p) => s + p[0], 0) / points.length;
  const crs = planarCrsFor(lonC);
  return points.map((p) => fromLonLat(crs, p));
}

/**
 * Length of a path in metres, measured in the CGCS2000 3° GK zone of its mean longitude (scale error < 0.1 % within
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

export const toMu = (m2: number): number => m2 * MU_PER_M2;

/** "850 m" below 1 km, else "1.234 km". */
export function formatLength(m: number): string {
  return m < 1000 ? `${m.toFixed(1)} m` : `${(m / 1000).toFixed(3)} km`;
}
