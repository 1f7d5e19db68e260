import { describe, expect, it } from 'vitest';
import { LifecycleStatus } from '../../shared/domain/enums';
import { reportedBatches } from '../../shared/report/batchList';
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

describe('the zone report’s 批而未供 list', () => {
  it('keeps the batches with land still unsupplied, oldest approval first', () => {
    const b = (id: string, approvalDate: string, unsuppliedAreaM2: number) => ({ id, approvalDate, unsuppliedAreaM2 });
    const listed = reportedBatches([b('new', '2024-03-01', 10), b('done', '2010-01-01', 0), b('old', '2012-05-09', 2500), b('mid', '2018-12-31', 0.5)]);
    expect(listed.map((x) => x.id)).toEqual(['old', 'mid', 'new']);
    expect(reportedBatches([])).toEqual([]);
  });
});
