import { describe, expect, it } from 'vitest';
import { fitProjection, formatDistance, scaleBarLength, svgPath } from '../../shared/report/printProjection';

describe('print map projection', () => {
  const box: [number, number, number, number] = [115.0, 35.7, 115.1, 35.8];
  const p = fitProjection(box, 1000, 1000, 50);

  it('puts north up and keeps the box inside the padding', () => {
    const [x0, yTop] = p.project(115.0, 35.8);
    const [x1, yBottom] = p.project(115.1, 35.7);
    expect(yTop).toBeLessThan(yBottom);
    expect(x0).toBeGreaterThanOrEqual(50 - 1e-9);
    expect(x1).toBeLessThanOrEqual(950 + 1e-9);
    expect(yTop).toBeCloseTo(50, 6);
    expect(yBottom).toBeCloseTo(950, 6);
  });

  it('scales east-west by the cosine of the latitude, so a degree east is shorter than a degree north', () => {
    const [xa] = p.project(115.0, 35.75);
    const [xb] = p.project(115.1, 35.75);
    expect((xb - xa) / 900).toBeCloseTo(Math.cos((35.75 * Math.PI) / 180), 6);
  });

  it('knows its metres per unit: 0.1° of latitude is about 11.1 km', () => {
    expect(900 * p.metresPerUnit).toBeGreaterThan(11_000);
    expect(900 * p.metresPerUnit).toBeLessThan(11_200);
  });

  it('picks a 1-2-5 scale bar that fits', () => {
    expect(scaleBarLength(10, 260)).toEqual({ metres: 2000, units: 200 });
    expect(scaleBarLength(3, 260)).toEqual({ metres: 500, units: 500 / 3 });
    expect(formatDistance(2000)).toBe('2 km');
    expect(formatDistance(500)).toBe('500 m');
  });

  it('draws each ring as a closed path', () => {
    const d = svgPath({ type: 'Polygon', coordinates: [[[115.0, 35.7], [115.1, 35.7], [115.1, 35.8], [115.0, 35.7]]] }, p);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.split('L')).toHaveLength(4);
  });
});
