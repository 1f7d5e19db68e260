import type { AreaGeometry } from '../domain/geometry';
import { msg, type Msg } from './messages';
import { crsFromEasting, fromLonLat, isGeographic, planarCrsFor, toLonLat, type CrsCode } from './crs';

type Ring = [number, number][];
export type Rings = Ring[][];

export interface GeometryBounds {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export type GeometryResult =
  | { ok: true; geometry: AreaGeometry; areaM2: number; crs: CrsCode; warnings: Msg[] }
  | ({ ok: false } & Msg);

/** Polygon / MultiPolygon coordinates from an untrusted source: numbers only, ≥ 4 positions, closed rings. */
export function readRings(geometry: unknown): { ok: true; polygons: Rings } | ({ ok: false } & Msg) {
  if (typeof geometry !== 'object' || geometry === null) return { ok: false, ...msg('no geometry', '没有图形') };
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!Array.isArray(polys) || polys.length === 0) return { ok: false, ...msg(`expected a Polygon or MultiPolygon, got ${String(g.type)}`, `应为 Polygon 或 MultiPolygon，实为 ${String(g.type)}`) };
  const out: Rings = [];
  for (const [pi, poly] of polys.entries()) {
    if (!Array.isArray(poly) || poly.length === 0) return { ok: false, ...msg(`polygon ${pi + 1} has no rings`, `第 ${pi + 1} 个多边形没有环`) };
    const rings: Ring[] = [];
    for (const [ri, ring] of (poly as unknown[]).entries()) {
      const where = `polygon ${pi + 1} ring ${ri + 1}`;
      const whereZh = `第 ${pi + 1} 个多边形第 ${ri + 1} 个环`;
      if (!Array.isArray(ring) || ring.length < 4) return { ok: false, ...msg(`${where}: a ring needs at least 4 positions`, `${whereZh}：环至少需要 4 个坐标点`) };
      const pts: Ring = [];
      for (const p of ring as unknown[]) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          const got = Array.isArray(p) ? `[${p.map(String).join(', ')}]` : String(p);
          return { ok: false, ...msg(`${where}: coordinates must be finite numbers (got ${got})`, `${whereZh}：坐标必须是有限数值（实为 ${got}）`) };
        }
        pts.push([p[0], p[1]]);
      }
      const [first, last] = [pts[0], pts[pts.length - 1]];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return { ok: false, ...msg(`${where}: ring is not closed`, `${whereZh}：环未闭合`) };
      rings.push(pts);
    }
    out.push(rings);
  }
  return { ok: true, polygons: out };
}

function cross(o: [number, number], a: [number, number], b: [number, number]): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsCross(p1: [number, number], p2: [number, number], q1: [number, number], q2: [number, number]): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** First pair of non-adjacent edges of a ring that cross (a bow-tie), or null. Parcels are small: O(n²) is fine. */
export function selfIntersection(ring: Ring): [number, number] | null {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (a && b && c && d && segmentsCross(a, b, c, d)) return [i + 1, j + 1];
    }
  }
  return null;
}

export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (a && b) s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Planar area: outer rings minus holes, whatever their winding. */
export function planarArea(polygons: Rings): number {
  return polygons.reduce((sum, rings) => sum + rings.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0), 0);
}

const looksNorthing = (v: number) => v > 3_000_000 && v < 4_500_000;
const looksEasting = (v: number) => (v > 100_000 && v < 900_000) || crsFromEasting(v) !== null;

/**
 * Source coordinates → lon/lat, with the checks a parcel must pass. Axis order: EPSG orders these CRSs
 * northing-first and Chinese coordinate lists put X = northing first; a swapped file is turned round with a warning.
 */
export function normaliseGeometry(polygons: Rings, declared: CrsCode | null, bounds: GeometryBounds): GeometryResult {
  const warnings: Msg[] = [];
  const first = polygons[0]?.[0]?.[0];
  if (!first) return { ok: false, ...msg('empty geometry', '图形为空') };
  let swap = false;
  if (looksNorthing(first[0]) && looksEasting(first[1])) swap = true;
  else if (first[0] > 30 && first[0] < 40 && first[1] > 110 && first[1] < 120) swap = true;
  if (swap) warnings.push(msg('axis order was northing/easting (or lat/lon): swapped', '坐标顺序为北坐标在前（或纬度在前），已对调'));
  const src = swap ? polygons.map((rs) => rs.map((r) => r.map(([x, y]) => [y, x] as [number, number]))) : polygons;
  const x0 = src[0]?.[0]?.[0]?.[0] ?? NaN;
  const crs = declared ?? crsFromEasting(x0) ?? (Math.abs(x0) <= 180 ? 'EPSG:4490' : null);
  if (crs === null) return { ok: false, ...msg(`cannot tell the coordinate system (easting ${x0} has no zone prefix 38/39 and there is no .prj)`, `无法判断坐标系（东坐标 ${x0} 没有 38/39 带号，也没有 .prj 文件）`) };
  if (!isGeographic(crs) && Math.abs(x0) <= 180) return { ok: false, ...msg(`coordinates look like lon/lat but the file declares ${crs}`, `坐标看似经纬度，但文件声明的坐标系为 ${crs}`) };
  const lonLat = src.map((rs) => rs.map((r) => r.map((p) => toLonLat(crs, p))));
  for (const [pi, rs] of lonLat.entries()) {
    for (const [ri, r] of rs.entries()) {
      const bad = r.find(([lon, lat]) => !(lon >= bounds.minLon && lon <= bounds.maxLon && lat >= bounds.minLat && lat <= bounds.maxLat));
      if (bad) {
        const [at, box] = [`${bad[0].toFixed(5)}, ${bad[1].toFixed(5)}`, `${bounds.minLon}–${bounds.maxLon}°E, ${bounds.minLat}–${bounds.maxLat}°N`];
        return {
          ok: false,
          ...msg(
            `polygon ${pi + 1} ring ${ri + 1}: position ${at} lies outside Puyang (${box}): wrong zone prefix or coordinate system?`,
            `第 ${pi + 1} 个多边形第 ${ri + 1} 个环：坐标 ${at} 不在濮阳范围内（${box}）：带号或坐标系是否有误？`,
          ),
        };
      }
      const cut = selfIntersection(r);
      if (cut) {
        return { ok: false, ...msg(`polygon ${pi + 1} ring ${ri + 1}: edges ${cut[0]} and ${cut[1]} cross (self-intersecting ring)`, `第 ${pi + 1} 个多边形第 ${ri + 1} 个环：第 ${cut[0]} 条边与第 ${cut[1]} 条边相交（环自相交）`) };
      }
    }
  }
  const zone = planarCrsFor(lonLat[0]?.[0]?.[0]?.[0] ?? 115);
  const planar = isGeographic(crs) ? lonLat.map((rs) => rs.map((r) => r.map((p) => fromLonLat(zone, p)))) : src;
  const geometry: AreaGeometry = lonLat.length === 1 && lonLat[0] ? { type: 'Polygon', coordinates: lonLat[0] } : { type: 'MultiPolygon', coordinates: lonLat };
  return { ok: true, geometry, areaM2: planarArea(planar), crs, warnings };
}
