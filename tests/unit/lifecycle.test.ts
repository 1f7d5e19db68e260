import { describe, expect, it } from 'vitest';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { lifecycleOf, type LifecycleInput } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';

const plot: LifecycleInput = {
  id: 'C1',
  agreedStartDate: '2023-03-15',
  actualStartDate: null,
  agreedCompletionDate: '2025-03-15',
  actualCompletionDate: null,
  suspendedSince: null,
  developedAreaShare: null,
  investedShare: null,
  governmentCause: false,
  landPriceWan: 1200,
};
const at = (asOf: string, p: Partial<LifecycleInput> = {}) =>
  lifecycleOf({ ...plot, ...p }, asOf, CLIENT_REPORT_RULE_SET.lifecycle, DEFAULT_LOCAL_PARAMETERS);

describe('lifecycle before start', () => {
  it('not-due, reminder 30 days before, overdue the day after the agreed start', () => {
    expect(at('2023-02-12').status).toBe('not-due');
    expect(at('2023-02-13').status).toBe('start-reminder');
    expect(at('2023-03-15').status).toBe('start-reminder');
    expect(at('2023-03-16').status).toBe('start-overdue');
    expect(at('2024-03-15').status).toBe('start-overdue');
  });
  it('idle from the day after the first anniversary, reclaimable after the second', () => {
    expect(at('2024-03-16')).toMatchObject({ status: 'idle', idleSince: '2024-03-16', reclaimableFrom: null, feeWan: 240 });
    expect(at('2025-03-15').status).toBe('idle');
    expect(at('2025-03-16')).toMatchObject({
      status: 'idle-reclaimable',
      idleSince: '2024-03-16',
      reclaimableFrom: '2025-03-16',
      feeWan: 240,
    });
  });
  it('29 Feb start', () => {
    expect(at('2025-02-28', { agreedStartDate: '2024-02-29' }).status).toBe('start-overdue');
    expect(at('2025-03-01', { agreedStartDate: '2024-02-29' })).toMatchObject({ status: 'idle', idleSince: '2025-03-01' });
  });
  it('government cause keeps the dates and drops the fee', () => {
    expect(at('2025-06-01', { governmentCause: true })).toMatchObject({
      status: 'idle-government-cause',
      idleSince: '2024-03-16',
      reclaimableFrom: '2025-03-16',
      feeWan: null,
    });
    expect(at('2023-06-01', { governmentCause: true }).status).toBe('start-overdue');
  });
  it('a start dated after the as-of date does not count', () => {
    expect(at('2024-06-01', { actualStartDate: '2024-07-01' }).status).toBe('idle');
    expect(at('2024-07-01', { actualStartDate: '2024-07-01' }).status).toBe('under-construction');
  });
  it('unknown land price gives no fee', () => {
    expect(at('2024-06-01', { landPriceWan: null }).feeWan).toBeNull();
  });
});

describe('lifecycle after start', () => {
  const started = { actualStartDate: '2023-04-01' };
  it('under construction, reminder, overdue completion', () => {
    expect(at('2025-02-12', started).status).toBe('under-construction');
    expect(at('2025-02-13', started).status).toBe('completion-reminder');
    expect(at('2025-03-15', started).status).toBe('completion-reminder');
    expect(at('2025-03-16', started).status).toBe('completion-overdue');
  });
  it('stalled a full year with little done is idle; a null share never counts as below', () => {
    const stalled = { ...started, suspendedSince: '2024-01-10', developedAreaShare: 0.2, investedShare: 0.5 };
    expect(at('2025-01-10', stalled).status).toBe('under-construction');
    expect(at('2025-01-11', stalled)).toMatchObject({ status: 'stalled-idle', idleSince: '2025-01-11', feeWan: 240, reclaimableFrom: null });
    expect(at('2025-01-11', { ...stalled, developedAreaShare: 1 / 3 }).status).toBe('under-construction');
    expect(at('2025-01-11', { ...stalled, developedAreaShare: null, investedShare: 0.2499 }).status).toBe('stalled-idle');
    expect(at('2025-01-11', { ...stalled, developedAreaShare: null, investedShare: null }).status).toBe('under-construction');
    expect(at('2025-06-01', { ...stalled, governmentCause: true })).toMatchObject({ status: 'idle-government-cause', feeWan: null });
  });
  it('completion wins once its date has come', () => {
    expect(at('2025-05-01', { ...started, actualCompletionDate: '2025-04-30' }).status).toBe('completed');
    expect(at('2025-04-29', { ...started, actualCompletionDate: '2025-04-30' }).status).toBe('completion-overdue');
  });
  it('explains idle land with its source', () => {
    const l = at('2025-06-01');
    expect(l.text).toContain('闲置土地处置办法');
    expect(l.text).toContain('2025-03-16');
    expect(l.textEn).toContain('recovered without compensation');
  });
});
