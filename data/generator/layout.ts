/** Street blocks inside a zone outline, and their subdivision into parcels, in the zone's local metric frame. */
import { polygonInside, rotate, signedArea, type Xy } from './geo';
import type { Rng } from './prng';
import type { ZoneSpec } from './zones';

export interface Block {
  index: number;
  /** Centre in local metres (x east, y north). */
  centre: Xy;
  /** Corners in local metres, counter-clockwise. */
  corners: Xy[];
  areaM2: number;
  cells: Cell[];
}

/** A parcel-sized piece of a block: a quadrilateral in local metres, counter-clockwise. */
export interface Cell {
  corners: Xy[];
  areaM2: number;
}

const DEG = Math.PI / 180;

export function zoneOutline(spec: ZoneSpec): Xy[] {
  const ring = spec.outlineKm.map(([u, v]) => rotate([u * 1000, v * 1000], spec.rotationDeg * DEG));
  return signedArea(ring) < 0 ? ring.reverse() : ring;
}

function spans(rng: Rng, from: number, to: number, [min, max]: readonly [number, number], road: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from + rng.float(0, road * 2);
  for (;;) {
    const w = rng.float(min, max);
    if (at + w > to) break;
    out.push([at, at + w]);
    at += w + road * (rng.chance(0.2) ? 1.4 : 1);
  }
  return out;
}

/** Split [0, width] into pieces whose areas (× depth) scatter around the zone's median plot area. */
function cuts(rng: Rng, width: number, depth: number, median: number): number[] {
  const minW = Math.max(45, 4000 / depth);
  const out = [0];
  let at = 0;
  for (;;) {
    const w = Math.max(minW, rng.logNormal(median, 0.55) / depth);
    if (width - (at + w) < minW) break;
    at += w;
    out.push(at);
  }
  out.push(width);
  return out;
}

function subdivide(rng: Rng, spec: ZoneSpec, u0: number, v0: number, w: number, h: number, toLocal: (u: number, v: number) => Xy): Cell[] {
  const bigShare = spec.medianPlotM2 >= 19000 ? 0.16 : 0.06;
  const rows: [number, number][] = [];
  if (rng.chance(bigShare) || h < 200) rows.push([v0, v0 + h]);
  else {
    // The two rows are parted by a metre (a boundary wall's strip), so their independent cuts never meet in
    // T-junctions that coordinate rounding could turn into slivers of overlap.
    const mid = v0 + h * rng.float(0.42, 0.58);
    rows.push([v0, mid - 0.5], [mid + 0.5, v0 + h]);
  }
  const cells: Cell[] = [];
  for (const [a, b] of rows) {
    const depth = b - a;
    const whole = rows.length === 1 && rng.chance(0.5);
    const xs = whole ? [0, w] : cuts(rng, w, depth, spec.medianPlotM2);
    // Cut lines may slant a little, so parcels are quadrilaterals rather than all rectangles.
    const slant = xs.map((_, i) => (i === 0 || i === xs.length - 1 || rng.chance(0.5) ? 0 : rng.float(-12, 12)));
    for (let i = 0; i + 1 < xs.length; i += 1) {
      const l = u0 + (xs[i] as number);
      const r = u0 + (xs[i + 1] as number);
      const ls = slant[i] as number;
      const rs = slant[i + 1] as number;
      const corners: Xy[] = [toLocal(l, a), toLocal(r, a), toLocal(r + rs, b), toLocal(l + ls, b)];
      cells.push({ corners, areaM2: signedArea(corners) });
    }
  }
  return cells;
}

/** Blocks of the street grid that lie wholly inside the outline (with a road's width to spare), subdivided. */
export function layoutZone(spec: ZoneSpec, rng: Rng): Block[] {
  const outline = zoneOutline(spec);
  const back = outline.map((p) => rotate(p, -spec.rotationDeg * DEG));
  const us = back.map((p) => p[0]);
  const vs = back.map((p) => p[1]);
  const toLocal = (u: number, v: number): Xy => rotate([u, v], spec.rotationDeg * DEG);
  const margin = spec.road / 2;
  const blocks: Block[] = [];
  const cols = spans(rng, Math.min(...us), Math.max(...us), spec.blockWidths, spec.road);
  const rows = spans(rng, Math.min(...vs), Math.max(...vs), spec.blockDepths, spec.road);
  for (const [v0, v1] of rows)
    for (const [u0, u1] of cols) {
      const padded: Xy[] = [toLocal(u0 - margin, v0 - margin), toLocal(u1 + margin, v0 - margin), toLocal(u1 + margin, v1 + margin), toLocal(u0 - margin, v1 + margin)];
      if (!polygonInside(padded, outline)) continue;
      const corners: Xy[] = [toLocal(u0, v0), toLocal(u1, v0), toLocal(u1, v1), toLocal(u0, v1)];
      blocks.push({
        index: blocks.length,
        centre: toLocal((u0 + u1) / 2, (v0 + v1) / 2),
        corners,
        areaM2: signedArea(corners),
        cells: subdivide(rng, spec, u0, v0, u1 - u0, v1 - v0, toLocal),
      });
    }
  return blocks;
}
