import { describe, expect, it } from 'vitest';
import { countWithStatus, statusBreakdown } from '../../shared/rules/statusBreakdown';

describe('plots by evaluation status', () => {
  it('counts plots and adds up their land per status, with each status’s share of the land', () => {
    const b = statusBreakdown([
      { status: 'noncompliant', landAreaM2: 20000 },
      { status: 'compliant', landAreaM2: 10000 },
      { status: 'noncompliant', landAreaM2: 50000 },
    ]);
    expect(b.map((s) => s.status)).toEqual(['compliant', 'noncompliant', 'incomplete']);
    expect(b.map((s) => s.count)).toEqual([1, 2, 0]);
    expect(b.map((s) => s.landAreaMu)).toEqual([15, 105, 0]);
    // Shares of land, not of plots: two of three plots but 7/8 of the land.
    expect(b.map((s) => s.areaShare)).toEqual([0.125, 0.875, 0]);
    expect(countWithStatus(b, 'noncompliant')).toBe(2);
    expect(countWithStatus(b, 'incomplete')).toBe(0);
  });

  it('lists every status with zeros and null shares when there are no plots or no land', () => {
    for (const plots of [[], [{ status: 'compliant' as const, landAreaM2: 0 }]]) {
      const b = statusBreakdown(plots);
      expect(b.map((s) => s.landAreaM2)).toEqual([0, 0, 0]);
      expect(b.map((s) => s.areaShare)).toEqual([null, null, null]);
    }
    expect(statusBreakdown([{ status: 'compliant', landAreaM2: 0 }])[0]?.count).toBe(1);
  });
});
