import { describe, expect, it } from 'vitest';
import { LifecycleStatus } from '../../shared/domain/enums';
import { compareOverdue, isReportedOverdue, overdueTotals } from '../../shared/report/overdueList';

describe('the zone report’s idle and overdue list', () => {
  it('lists the four idle statuses and the two overdue ones, nothing merely due soon, under way or done', () => {
    expect(LifecycleStatus.options.filter(isReportedOverdue)).toEqual([
      'start-overdue',
      'idle',
      'idle-reclaimable',
      'idle-government-cause',
      'completion-overdue',
      'stalled-idle',
    ]);
  });

  it('orders idle land first (in IDLE_STATUSES order), then start-overdue, then completion-overdue; parcel number within a status', () => {
    const rows = [
      { lifecycle: 'completion-overdue', parcelNo: 'A-1' },
      { lifecycle: 'start-overdue', parcelNo: 'A-2' },
      { lifecycle: 'stalled-idle', parcelNo: 'A-3' },
      { lifecycle: 'idle', parcelNo: 'B-2' },
      { lifecycle: 'idle-reclaimable', parcelNo: 'A-4' },
      { lifecycle: 'idle', parcelNo: 'B-1' },
    ] as const;
    expect([...rows].sort(compareOverdue).map((r) => `${r.lifecycle} ${r.parcelNo}`)).toEqual([
      'idle B-1',
      'idle B-2',
      'idle-reclaimable A-4',
      'stalled-idle A-3',
      'start-overdue A-2',
      'completion-overdue A-1',
    ]);
  });

  it('totals land and fees, plots without a fee adding nothing; zeros for an empty list', () => {
    expect(overdueTotals([
      { landAreaM2: 6000, feeWan: 12.5 },
      { landAreaM2: 4000, feeWan: null },
      { landAreaM2: 2500, feeWan: 0.25 },
    ])).toEqual({ landAreaM2: 12500, feeWan: 12.75 });
    expect(overdueTotals([])).toEqual({ landAreaM2: 0, feeWan: 0 });
  });
});
