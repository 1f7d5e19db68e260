import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../shared/domain/geometry';
import { distanceToEdgeM, placementOf } from '../../shared/rules/photoPosition';

/** A 0.01° square at 35.7°N with a 0.002° hole in its middle. */
const plot: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [[115, 35.7], [115.01, 35.7], [115.01, 35.71], [115, 35.71], [115, 35.7]],
    [[115.004, 35.704], [115.006, 35.704], [115.006, 35.706], [115.004, 35.706], [115.004, 35.704]],
  ],
};

describe('photo position against the plot', () => {
  it('inside, in a hole, and outside', () => {
    expect(placementOf(115.002, 35.702, null, plot)).toEqual({ inside: true, outsideByM: 0, warn: false });
    expect(placementOf(115.005, 35.705, null, plot).inside).toBe(false);
    expect(placementOf(115.02, 35.705, null, plot).inside).toBe(false);
  });

  it('measures how far outside: 0.001° of latitude is about 111 m', () => {
    const d = distanceToEdgeM(115.005, 35.711, plot);
    expect(d).toBeGreaterThan(110);
    expect(d).toBeLessThan(112);
    // east of the square by 0.001° of longitude: 111.32 km × cos(35.7°) per degree
    expect(distanceToEdgeM(115.011, 35.705, plot)).toBeCloseTo(111.32 * Math.cos((35.705 * Math.PI) / 180), 0);
  });

  it('warns only when outside by more than the stated accuracy', () => {
    expect(placementOf(115.005, 35.711, 150, plot).warn).toBe(false);
    expect(placementOf(115.005, 35.711, 50, plot).warn).toBe(true);
    expect(placementOf(115.005, 35.711, null, plot).warn).toBe(true);
  });

  it('handles multipolygons', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [[[115, 35.7], [115.001, 35.7], [115.001, 35.701], [115, 35.701], [115, 35.7]]],
        [[[115.1, 35.7], [115.101, 35.7], [115.101, 35.701], [115.1, 35.701], [115.1, 35.7]]],
      ],
    };
    expect(placementOf(115.1005, 35.7005, null, multi).inside).toBe(true);
    expect(placementOf(115.05, 35.7005, null, multi).inside).toBe(false);
  });
});
