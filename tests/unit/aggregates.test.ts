import { describe, expect, it } from 'vitest';
import { aggregateZone, type AggregatePlot } from '../../shared/rules/aggregates';
import type { UnsuppliedResult } from '../../shared/rules/unsupplied';

const plot = (p: Partial<AggregatePlot>): AggregatePlot => ({
  landAreaM2: 10000,
  floorAreaM2: null,
  fixedInvestmentWan: null,
  annualTaxWan: null,
  operating: false,
  status: 'compliant',
  lifecycle: 'completed',
  ...p,
});

describe('zone aggregates', () => {
  it('are ratios of sums, not means of ratios, over plots that have the value', () => {
    const a = aggregateZone(
      [
        plot({ landAreaM2: 10000, floorAreaM2: 20000, annualTaxWan: 30, operating: true, fixedInvestmentWan: 4000 }),
        plot({ landAreaM2: 30000, floorAreaM2: 6000, annualTaxWan: 15, operating: true }),
        plot({ landAreaM2: 50000, annualTaxWan: 999, operating: false, status: 'incomplete' }),
      ],
      [],
      0,
    );
    expect(a.plotRatio).toBeCloseTo(26000 / 40000, 12); // mean of ratios would be 1.1
    expect(a.taxPerMu).toBeCloseTo(45 / 60, 12);
    expect(a.investmentPerMu).toBeCloseTo(4000 / 15, 12);
    expect(a.landAreaMu).toBe(135);
    expect([a.compliant, a.incomplete, a.noncompliant]).toEqual([2, 1, 0]);
    expect(a.supplyRate).toBeNull();
  });
  it('counts idle land in all four idle states and sums batches', () => {
    const idle = ['idle', 'idle-reclaimable', 'idle-government-cause', 'stalled-idle'] as const;
    const a = aggregateZone(
      [...idle.map((s) => plot({ lifecycle: s, landAreaM2: 2000 })), plot({ lifecycle: 'start-overdue' }), plot({ lifecycle: null })],
      [
        { unsuppliedMu: 30, suppliedAreaM2: 60000 } as UnsuppliedResult,
        { unsuppliedMu: 15, suppliedAreaM2: 0 } as UnsuppliedResult,
      ],
      120000,
    );
    expect(a.idleCount).toBe(4);
    expect(a.idleAreaMu).toBe(12);
    expect(a.unsuppliedAreaMu).toBe(45);
    expect(a.supplyRate).toBe(0.5);
    expect(a.plotRatio).toBeNull();
  });
});
