import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../shared/domain/geometry';
import { PlotIndex } from '../../shared/geo/plotIndex';
import { pointInGeometry } from '../../shared/geo/pointInPolygon';

const square = (x: number, y: number, s: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]],
});
const ring = (x: number, y: number, s: number): [number, number][] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const withHole: AreaGeometry = { type: 'Polygon', coordinates: [ring(0, 0, 10), ring(4, 4, 2)] };

describe('point in polygon', () => {
  it('honours holes and multipolygons', () => {
    expect(pointInGeometry(2, 2, withHole)).toBe(true);
    expect(pointInGeometry(5, 5, withHole)).toBe(false);
    expect(pointInGeometry(11, 5, withHole)).toBe(false);
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [[ring(0, 0, 1)], [ring(5, 5, 1)]] };
    expect(pointInGeometry(5.5, 5.5, multi)).toBe(true);
    expect(pointInGeometry(3, 3, multi)).toBe(false);
  });
});

describe('PlotIndex', () => {
  const items = Array.from({ length: 400 }, (_, k) => ({ id: `p${k}`, geometry: square((k % 20) * 2, Math.floor(k / 20) * 2, 1.5) }));
  const index = new PlotIndex(items);
  it('finds exactly the plots whose bbox meets the viewport', () => {
    const found = index.search([0, 0, 3, 3]).map((i) => i.id).sort();
    expect(found).toEqual(['p0', 'p1', 'p20', 'p21']);
    expect(index.search([100, 100, 101, 101])).toEqual([]);
    for (const box of [[0, 0, 3, 3], [0, 0, 40, 40], [5, 5, 17.2, 9], [100, 100, 101, 101]] as const) expect(index.count([...box])).toBe(index.search([...box]).length);
  });
  it('hit-tests inside polygons, not bboxes, and prefers the smaller plot', () => {
    expect(index.hitTest(0.5, 0.5)?.id).toBe('p0');
    expect(index.hitTest(1.75, 0.5)).toBeNull();
    const nested = new PlotIndex([{ id: 'big', geometry: square(0, 0, 10) }, { id: 'small', geometry: square(2, 2, 1) }]);
    expect(nested.hitTest(2.5, 2.5)?.id).toBe('small');
    expect(nested.hitTest(8, 8)?.id).toBe('big');
    expect(new PlotIndex([]).hitTest(0, 0)).toBeNull();
  });
});
