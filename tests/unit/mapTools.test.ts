import { describe, expect, it } from 'vitest';
import { fromLonLat, toLonLat } from '../../shared/import/crs';
import { formatGkEasting, gkPosition } from '../../shared/geo/gaussKruger';
import { centroidLon, formatLength, pathLength, planarArea, toMu } from '../../shared/geo/measure';

describe('CGCS2000 3° Gauss-Krüger readout', () => {
  it('matches PROJ cs2cs in zone 38 (echo "35.76 115.03" | cs2cs EPSG:4490 EPSG:4526 → 38593150.7746 3959402.3739)', () => {
    const p = gkPosition(115.03, 35.76);
    expect(p.zone).toBe(38);
    expect(p.epsg).toBe(4526);
    expect(p.easting).toBeCloseTo(38593150.7746, 2);
    expect(p.northing).toBeCloseTo(3959402.3739, 2);
    expect(formatGkEasting(p)).toBe('38 593150.77');
  });

  it('switches to zone 39 east of 115.5°E (cs2cs EPSG:4490 EPSG:4527 of 35.9 115.9 → 39400692.9585 3975005.8795)', () => {
    const p = gkPosition(115.9, 35.9);
    expect(p.zone).toBe(39);
    expect(p.epsg).toBe(4527);
    expect(p.easting).toBeCloseTo(39400692.9585, 2);
    expect(p.northing).toBeCloseTo(3975005.8795, 2);
    expect(formatGkEasting(p)).toBe('39 400692.96');
  });
});

describe('measure', () => {
  // A 100 m × 100 m square laid out in GK zone 38 metres around Puyang, turned into lon/lat.
  const [x0, y0] = fromLonLat('EPSG:4547', [115.03, 35.76]);
  const square = [
    [x0, y0],
    [x0 + 100, y0],
    [x0 + 100, y0 + 100],
    [x0, y0 + 100],
  ].map(([x, y]) => toLonLat('EPSG:4547', [x ?? 0, y ?? 0]));

  it('a 100 m square is 10,000 m² = 15 亩 within 0.1 %', () => {
    const area = planarArea(square);
    expect(Math.abs(area - 10_000) / 10_000).toBeLessThan(0.001);
    expect(Math.abs(toMu(area) - 15) / 15).toBeLessThan(0.001);
    expect(planarArea([...square, square[0] ?? [0, 0]])).toBeCloseTo(area, 6);
  });

  it('measures path length along the square edges', () => {
    expect(pathLength(square)).toBeCloseTo(300, 1);
    expect(pathLength(square.slice(0, 1))).toBe(0);
    expect(planarArea(square.slice(0, 2))).toBe(0);
  });

  it('picks the zone by the area centroid, not the vertex mean', () => {
    // Many vertices bunched at the west end of a long thin strip: vertex mean 115.35 (zone 38), area centroid 115.6 (zone 39).
    const strip: [number, number][] = [[115.0, 35.7], [115.01, 35.7], [115.02, 35.7], [115.03, 35.7], [116.2, 35.7], [116.2, 35.71], [115.0, 35.71]];
    expect(centroidLon(strip)).toBeCloseTo(115.6, 6);
    expect(centroidLon([[115.0, 35.7], [115.4, 35.7]])).toBeCloseTo(115.2, 9);
  });

  it('formats metres and kilometres', () => {
    expect(formatLength(850.04)).toBe('850.0 m');
    expect(formatLength(1234.5)).toBe('1.234 km');
  });
});
