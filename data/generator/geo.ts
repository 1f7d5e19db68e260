/** Planar geometry helpers for the generator: a local metric frame around a zone, rings, containment. */

export type Xy = readonly [number, number];
export type Ring = Xy[];

const A = 6378137; // GRS80 / CGCS2000 semi-major axis (m)
const E2 = 0.00669438002290; // GRS80 first eccentricity squared
const DEG = Math.PI / 180;

/**
 * A local equirectangular frame: x east, y north in metres, scaled by the ellipsoid's radii of curvature at the
 * centre's latitude. Within a few km of the centre its distortion is far below the 0.5 % area tolerance.
 */
export class LocalFrame {
  readonly mx: number;
  readonly my: number;

  constructor(
    readonly lon0: number,
    readonly lat0: number,
  ) {
    const s = Math.sin(lat0 * DEG);
    const w = Math.sqrt(1 - E2 * s * s);
    const n = A / w; // prime vertical
    const m = (A * (1 - E2)) / (w * w * w); // meridian
    this.mx = n * Math.cos(lat0 * DEG) * DEG;
    this.my = m * DEG;
  }

  toLonLat([x, y]: Xy): [number, number] {
    return [this.lon0 + x / this.mx, this.lat0 + y / this.my];
  }

  toLocal([lon, lat]: Xy): [number, number] {
    return [(lon - this.lon0) * this.mx, (lat - this.lat0) * this.my];
  }
}

/** Signed shoelace area of an open or closed ring (positive when counter-clockwise). */
export function signedArea(ring: readonly Xy[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x1, y1] = ring[i] as Xy;
    const [x2, y2] = ring[(i + 1) % ring.length] as Xy;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** Planar area (m²) of a lon/lat ring, in a local frame centred on the ring itself. */
export function lonLatRingArea(ring: readonly Xy[]): number {
  let lon = 0;
  let lat = 0;
  for (const [x, y] of ring) {
    lon += x;
    lat += y;
  }
  const frame = new LocalFrame(lon / ring.length, lat / ring.length);
  return Math.abs(signedArea(ring.map((p) => frame.toLocal(p))));
}

export function rotate([x, y]: Xy, angleRad: number): [number, number] {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  return [x * c - y * s, x * s + y * c];
}

export function pointInRing([px, py]: Xy, ring: readonly Xy[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as Xy;
    const [xj, yj] = ring[j] as Xy;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orient(a: Xy, b: Xy, c: Xy): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

export function segmentsCross(a: Xy, b: Xy, c: Xy, d: Xy): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 <= 0 && o3 * o4 <= 0 && !(o1 === 0 && o2 === 0);
}

function edges(ring: readonly Xy[]): [Xy, Xy][] {
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length] as Xy]);
}

/** True when the (open) polygon `inner` lies inside the (open) ring `outer`: every vertex inside, no edges crossing. */
export function polygonInside(inner: readonly Xy[], outer: readonly Xy[]): boolean {
  if (!inner.every((p) => pointInRing(p, outer))) return false;
  const outerEdges = edges(outer);
  return edges(inner).every(([a, b]) => outerEdges.every(([c, d]) => !segmentsCross(a, b, c, d)));
}

/** True when two convex open polygons overlap with positive area (separating-axis test; touching does not count). */
export function convexOverlap(p: readonly Xy[], q: readonly Xy[], eps = 1e-6): boolean {
  for (const poly of [p, q]) {
    for (const [a, b] of edges(poly)) {
      const nx = a[1] - b[1];
      const ny = b[0] - a[0];
      const len = Math.hypot(nx, ny);
      const proj = (pts: readonly Xy[]) => pts.map(([x, y]) => (x * nx + y * ny) / len);
      const pp = proj(p);
      const qq = proj(q);
      if (Math.max(...pp) <= Math.min(...qq) + eps || Math.max(...qq) <= Math.min(...pp) + eps) return false;
    }
  }
  return true;
}

/** Closed, counter-clockwise lon/lat ring rounded to `decimals`. */
export function closedCcw(ring: readonly Xy[], decimals = 7): [number, number][] {
  const f = 10 ** decimals;
  const r = ring.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f] as [number, number]);
  if (signedArea(r) < 0) r.reverse();
  const first = r[0];
  if (!first) throw new RangeError('empty ring');
  return [...r, [first[0], first[1]]];
}

/** Drop the closing position of a ring. */
export function openRing<T>(ring: readonly T[]): T[] {
  return ring.slice(0, -1);
}
