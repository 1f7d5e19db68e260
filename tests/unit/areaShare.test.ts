import { describe, expect, it } from 'vitest';
import { areaShareByZone } from '../../shared/rules/areaShare';
import { ATTENTION_STATUSES, needsAttention } from '../../shared/rules/warningStatuses';
import { LifecycleStatus } from '../../shared/domain/enums';

describe('share of land per zone', () => {
  it('is the flagged plots’ land over all the zone’s land (a ratio of sums), not the share of plots', () => {
    const plots = [
      { zoneId: 'a', landAreaM2: 90000, bad: false },
      { zoneId: 'b', landAreaM2: 5000, bad: true },
      { zoneId: 'a', landAreaM2: 10000, bad: true },
      { zoneId: 'a', landAreaM2: 0, bad: true },
    ];
    const shares = areaShareByZone(plots, (p) => p.bad);
    expect([...shares.keys()]).toEqual(['a', 'b']);
    expect(shares.get('a')).toEqual({ share: 0.1, plots: 3 }); // two of three plots are flagged, a tenth of the land
    expect(shares.get('b')).toEqual({ share: 1, plots: 1 });
  });

  it('gives no zones for no plots, and a null share for a zone whose plots have no land', () => {
    expect(areaShareByZone([], () => true).size).toBe(0);
    expect(areaShareByZone([{ zoneId: 'z', landAreaM2: 0 }], () => true).get('z')).toEqual({ share: null, plots: 1 });
  });
});

describe('lifecycle statuses that need attention (预警 view default)', () => {
  it('are idle land and dates passed or approaching; not yet due, on-time construction and completed are not', () => {
    expect(LifecycleStatus.options.filter((s) => !needsAttention(s))).toEqual(['not-due', 'under-construction', 'completed']);
    expect(new Set(ATTENTION_STATUSES).size).toBe(ATTENTION_STATUSES.length);
  });
});
