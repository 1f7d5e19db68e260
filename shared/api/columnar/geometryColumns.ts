import { z } from 'zod';
import { polygonsOf, type AreaGeometry } from '../../domain/geometry';
import { base64ToInt32, int32ToBase64 } from './base64';

/** Coordinates are sent as integers of 1e-7 degree (about 1 cm): lon/lat of China fit in int32. */
export const COORD_SCALE = 1e7;

/**
 * Every plot's polygons as flat int32 arrays in base64: `coords` (lon, lat pairs), and cumulative ends that cut them
 * into rings, rings into polygons and polygons into plots.
 */
export const GeometryColumns = z.object({
  coords: z.string(),
  ringEnds: z.string(),
  polygonEnds: z.string(),
  plotEnds: z.string(),
});
export type GeometryColumns = z.infer<typeof GeometryColumns>;

export function encodeGeometries(geometries: readonly AreaGeometry[]): GeometryColumns {
  let points = 0;
  let rings = 0;
  let polygons = 0;
  for (const g of geometries)
    for (const poly of polygonsOf(g)) {
      polygons++;
      for (const ring of poly) {
        rings++;
        points += ring.length;
      }
    }
  const coords = new Int32Array(points * 2);
  const ringEnds = new Int32Array(rings);
  const polygonEnds = new Int32Array(polygons);
  const plotEnds = new Int32Array(geometries.length);
  let [p, r, q] = [0, 0, 0];
  geometries.forEach((g, i) => {
    for (const poly of polygonsOf(g)) {
      for (const ring of poly) {
        for (const [lon, lat] of ring) {
          coords[2 * p] = Math.round(lon * COORD_SCALE);
          coords[2 * p + 1] = Math.round(lat * COORD_SCALE);
          p++;
        }
        ringEnds[r++] = p;
      }
      polygonEnds[q++] = r;
    }
    plotEnds[i] = q;
  });
  return { coords: int32ToBase64(coords), ringEnds: int32ToBase64(ringEnds), polygonEnds: int32ToBase64(polygonEnds), plotEnds: int32ToBase64(plotEnds) };
}

/** Decoded columns; `geometryAt` builds one plot's GeoJSON-style geometry on demand (only plots drawn or clicked). */
export class GeometryTable {
  private readonly coords: Int32Array;
  private readonly ringEnds: Int32Array;
  private readonly polygonEnds: Int32Array;
  private readonly plotEnds: Int32Array;

  constructor(columns: GeometryColumns, count: number) {
    this.coords = base64ToInt32(columns.coords, 'geometry.coords');
    this.ringEnds = base64ToInt32(columns.ringEnds, 'geometry.ringEnds');
    this.polygonEnds = base64ToInt32(columns.polygonEnds, 'geometry.polygonEnds');
    this.plotEnds = base64ToInt32(columns.plotEnds, 'geometry.plotEnds');
    if (this.plotEnds.length !== count) throw new Error(`geometry columns hold ${this.plotEnds.length} plots, expected ${count}`);
    const lastRing = this.ringEnds[this.ringEnds.length - 1] ?? 0;
    const lastPolygon = this.polygonEnds[this.polygonEnds.length - 1] ?? 0;
    const lastPlot = this.plotEnds[this.plotEnds.length - 1] ?? 0;
    if (lastRing * 2 !== this.coords.length || lastPolygon !== this.ringEnds.length || lastPlot !== this.polygonEnds.length) {
      throw new Error('geometry columns are inconsistent (ends do not match the coordinate count)');
    }
  }

  geometryAt(i: number): AreaGeometry {
    const polygons: [number, number][][][] = [];
    for (let q = i === 0 ? 0 : (this.plotEnds[i - 1] ?? 0); q < (this.plotEnds[i] ?? 0); q++) {
      const rings: [number, number][][] = [];
      for (let r = q === 0 ? 0 : (this.polygonEnds[q - 1] ?? 0); r < (this.polygonEnds[q] ?? 0); r++) {
        const ring: [number, number][] = [];
        for (let p = r === 0 ? 0 : (this.ringEnds[r - 1] ?? 0); p < (this.ringEnds[r] ?? 0); p++) {
          ring.push([(this.coords[2 * p] ?? 0) / COORD_SCALE, (this.coords[2 * p + 1] ?? 0) / COORD_SCALE]);
        }
        rings.push(ring);
      }
      polygons.push(rings);
    }
    const [only] = polygons;
    return polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
  }
}
