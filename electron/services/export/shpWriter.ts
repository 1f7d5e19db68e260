/** Polygon rings in the output CRS: [x, y] pairs; one entry per polygon, outer ring first. */
export type OutPolygon = [number, number][][];

function signedArea(ring: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Shapefile ring order: outer rings clockwise (negative signed area), holes counter-clockwise. */
function oriented(ring: [number, number][], outer: boolean): [number, number][] {
  const clockwise = signedArea(ring) < 0;
  return clockwise === outer ? ring : [...ring].reverse();
}

const HEADER = 100;
const POLYGON = 5;

function writeHeader(view: DataView, fileBytes: number, box: [number, number, number, number]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, POLYGON, true);
  box.forEach((v, i) => view.setFloat64(36 + i * 8, v, true));
}

/** The .shp and .shx of a polygon layer (ESRI white paper, 1998); a plot without geometry is a null shape. */
export function writeShp(shapes: readonly (OutPolygon[] | null)[]): { shp: Uint8Array; shx: Uint8Array } {
  const parts = shapes.map((s) => (s === null ? null : s.flatMap((polygon) => polygon.map((ring, i) => oriented(ring, i === 0)))));
  const contentBytes = parts.map((rings) => (rings === null ? 4 : 44 + rings.length * 4 + rings.reduce((n, r) => n + r.length, 0) * 16));
  const shpBytes = HEADER + contentBytes.reduce((s, c) => s + 8 + c, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(HEADER + shapes.length * 8);
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  const all: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let off = HEADER;
  parts.forEach((rings, i) => {
    const content = contentBytes[i] ?? 4;
    xv.setInt32(HEADER + i * 8, off / 2, false);
    xv.setInt32(HEADER + i * 8 + 4, content / 2, false);
    sv.setInt32(off, i + 1, false);
    sv.setInt32(off + 4, content / 2, false);
    const body = off + 8;
    if (rings === null) sv.setInt32(body, 0, true);
    else {
      const points = rings.flat();
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of points) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
      sv.setInt32(body, POLYGON, true);
      box.forEach((v, k) => sv.setFloat64(body + 4 + k * 8, v, true));
      sv.setInt32(body + 36, rings.length, true);
      sv.setInt32(body + 40, points.length, true);
      let start = 0;
      rings.forEach((r, k) => {
        sv.setInt32(body + 44 + k * 4, start, true);
        start += r.length;
      });
      const pointsAt = body + 44 + rings.length * 4;
      points.forEach(([x, y], k) => {
        sv.setFloat64(pointsAt + k * 16, x, true);
        sv.setFloat64(pointsAt + k * 16 + 8, y, true);
      });
      [all[0], all[1], all[2], all[3]] = [Math.min(all[0], box[0]), Math.min(all[1], box[1]), Math.max(all[2], box[2]), Math.max(all[3], box[3])];
    }
    off = body + content;
  });
  const box: [number, number, number, number] = Number.isFinite(all[0]) ? all : [0, 0, 0, 0];
  writeHeader(sv, shpBytes, box);
  writeHeader(xv, shx.length, box);
  return { shp, shx };
}
