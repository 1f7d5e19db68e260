import { polygonsOf, type AreaGeometry, type Bbox } from '../domain/geometry';

/** Mean Earth radius (m): enough for a print map's scale bar at a zone's size (errors well under 1 %). */
const EARTH_RADIUS_M = 6_371_008.8;

export interface PrintProjection {
  width: number;
  height: number;
  /** Metres per SVG unit. */
  metresPerUnit: number;
  project(lon: number, lat: number): [number, number];
}

/**
 * A local equirectangular projection fitted to a box: x scaled by cos(latitude of the box centre), so shapes keep
 * their proportions over a zone a few kilometres across. North is up.
 */
export function fitProjection(bbox: Bbox, width: number, height: number, padding: number): PrintProjection {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const metresPerDegree = (EARTH_RADIUS_M * Math.PI) / 180;
  return {
    width,
    height,
    metresPerUnit: metresPerDegree / scale,
    project: (lon, lat) => [offsetX + (lon - minLon) * k * scale, offsetY + (maxLat - lat) * scale],
  };
}

/** An SVG path (`d`) for a polygon or multipolygon; holes are drawn with the even-odd rule. */
export function svgPath(geometry: AreaGeometry, p: PrintProjection): string {
  const parts: string[] = [];
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon) {
      const pts = ring.map(([lon, lat]) => p.project(lon, lat).map((v) => v.toFixed(1)).join(','));
      parts.push(`M${pts.join('L')}Z`);
    }
  return parts.join('');
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in `maxUnits` of the drawing. */
export function scaleBarLength(metresPerUnit: number, maxUnits: number): { metres: number; units: number } {
  const maxMetres = metresPerUnit * maxUnits;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { metres, units: metres / metresPerUnit };
}

export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

/** The box of several boxes. */
export function unionBbox(boxes: readonly Bbox[]): Bbox {
  return boxes.reduce<Bbox>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}
