import { FileReadError } from '../../../shared/import/table';

export type ShpShape = { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] } | null;

const POLYGON_TYPES = new Set([5, 15, 25]);

function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (a && b) s += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return s / 2;
}

/** Shapefile rings: clockwise outer rings start polygons, counter-clockwise ones are holes of the polygon before. */
function assemble(rings: number[][][]): ShpShape {
  const polygons: number[][][][] = [];
  for (const ring of rings) {
    const last = polygons[polygons.length - 1];
    if (signedArea(ring) <= 0 || !last) polygons.push([ring]);
    else last.push(ring);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1 && polygons[0] ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The .shp main file (ESRI white paper, 1998): polygons (5, 15, 25) and null shapes. Each record advances by its
 * declared length, which must fit in the bytes that remain, so a damaged file ends in an error, never a loop.
 */
export function readShp(bytes: Uint8Array): ShpShape[] {
  if (bytes.length < 100) throw new FileReadError('shpTooShort');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== 9994) throw new FileReadError('shpBadCode');
  const declaredLength = view.getInt32(24, false) * 2;
  if (declaredLength > bytes.length) throw new FileReadError('shpTruncated', { declared: declaredLength, actual: bytes.length });
  const fileType = view.getInt32(32, true);
  if (fileType !== 0 && !POLYGON_TYPES.has(fileType)) throw new FileReadError('shpNotPolygonLayer', { type: fileType });
  const shapes: ShpShape[] = [];
  let off = 100;
  const end = Math.min(declaredLength, bytes.length);
  while (off + 8 <= end) {
    const contentBytes = view.getInt32(off + 4, false) * 2;
    const recordNo = view.getInt32(off, false);
    const body = off + 8;
    if (contentBytes < 4 || body + contentBytes > end) throw new FileReadError('shpRecordPastEnd', { record: recordNo });
    const type = view.getInt32(body, true);
    if (type === 0) shapes.push(null);
    else if (!POLYGON_TYPES.has(type)) throw new FileReadError('shpRecordNotPolygon', { record: recordNo, type });
    else {
      if (contentBytes < 44) throw new FileReadError('shpRecordTooShort', { record: recordNo });
      const numParts = view.getInt32(body + 36, true);
      const numPoints = view.getInt32(body + 40, true);
      const partsAt = body + 44;
      const pointsAt = partsAt + numParts * 4;
      if (numParts < 1 || numPoints < 1 || pointsAt + numPoints * 16 > body + contentBytes) {
        throw new FileReadError('shpRecordBadCounts', { record: recordNo, parts: numParts, points: numPoints });
      }
      const starts: number[] = [];
      for (let p = 0; p < numParts; p++) starts.push(view.getInt32(partsAt + p * 4, true));
      const rings: number[][][] = [];
      for (let p = 0; p < numParts; p++) {
        const from = starts[p] ?? 0;
        const to = starts[p + 1] ?? numPoints;
        if (from < 0 || to > numPoints || from >= to) throw new FileReadError('shpRecordBadParts', { record: recordNo });
        const ring: number[][] = [];
        for (let i = from; i < to; i++) ring.push([view.getFloat64(pointsAt + i * 16, true), view.getFloat64(pointsAt + i * 16 + 8, true)]);
        rings.push(ring);
      }
      shapes.push(assemble(rings));
    }
    off = body + contentBytes;
  }
  return shapes;
}
