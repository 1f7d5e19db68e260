import { polygonsOf, type AreaGeometry } from '../domain/geometry';
import { pointInGeometry } from '../geo/pointInPolygon';

export interface ZoneRefForImport {
  id: string;
  name: string;
  shortName: string;
  nameEn: string;
  boundary: AreaGeometry;
}

/** Area-weighted centroid of the first outer ring (parcels are small and nearly convex). */
export function centroidOf(g: AreaGeometry): [number, number] {
  const ring = polygonsOf(g)[0]?.[0] ?? [];
  let [a, cx, cy] = [0, 0, 0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [p, q] = [ring[i], ring[i + 1]];
    if (!p || !q) continue;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  if (a === 0) return ring[0] ?? [NaN, NaN];
  return [cx / (3 * a), cy / (3 * a)];
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** 开发区 as bureaus write it: the full name, the short name, the English name, or a name that contains / is contained in one. */
export function zoneByName(name: string, zones: readonly ZoneRefForImport[]): ZoneRefForImport | null {
  const n = norm(name);
  if (n === '') return null;
  const exact = zones.find((z) => [z.id, z.name, z.shortName, z.nameEn].some((v) => norm(v) === n));
  if (exact) return exact;
  const partial = zones.filter((z) => norm(z.name).includes(n) || n.includes(norm(z.name)) || n.includes(norm(z.shortName)));
  return partial.length === 1 ? (partial[0] ?? null) : null;
}

export function zoneByLocation(g: AreaGeometry, zones: readonly ZoneRefForImport[]): ZoneRefForImport | null {
  const c = centroidOf(g);
  return zones.find((z) => pointInGeometry(c[0], c[1], z.boundary)) ?? null;
}
