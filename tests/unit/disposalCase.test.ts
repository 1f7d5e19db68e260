import { describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, CaseState, caseDeadlines, checkTransition, legalNextStates, TERMINAL_STATES, type CaseStepRecord } from '../../shared/rules/disposalCase';

const step = (state: CaseStepRecord['state'], date: string, extra: Partial<CaseStepRecord> = {}): CaseStepRecord => ({
  state,
  date,
  documentNo: null,
  cause: null,
  ...extra,
});
const ctx = { lifecycle: 'idle' as const, today: '2026-06-30' };

describe('disposal-case transitions', () => {
  it('terminal states have no way out and every other state has one', () => {
    for (const s of CaseState.options) {
      expect(CASE_TRANSITIONS[s].length === 0, s).toBe(TERMINAL_STATES.includes(s));
    }
  });

  it('follows the legal path suspected → notice → cause → 认定书 → disclosure → fee → disposed', () => {
    const path: CaseStepRecord[] = [step('suspected', '2026-01-05')];
    const next = [
      step('investigation-notice', '2026-01-20', { documentNo: '濮自然资调〔2026〕1号' }),
      step('cause-determined', '2026-02-10', { cause: 'enterprise' }),
      step('idle-determination', '2026-02-20', { documentNo: '濮闲认〔2026〕1号' }),
      step('disclosure', '2026-02-25'),
      step('fee-decision', '2026-03-20', { documentNo: '濮闲费〔2026〕1号' }),
      step('disposed', '2026-04-10'),
    ];
    for (const n of next) {
      expect(checkTransition(path, n, ctx)).toEqual([]);
      path.push(n);
    }
    expect(legalNextStates(path)).toEqual([]);
  });

  it('refuses skipping steps, going back, dates out of order, missing document numbers', () => {
    const h = [step('suspected', '2026-01-05')];
    expect(checkTransition(h, step('fee-decision', '2026-01-06', { documentNo: 'x' }), ctx).map((p) => p.code)).toContain('illegal-transition');
    expect(checkTransition(h, step('investigation-notice', '2026-01-04', { documentNo: 'x' }), ctx).map((p) => p.code)).toEqual(['date-order']);
    expect(checkTransition(h, step('investigation-notice', '2026-01-06'), ctx).map((p) => p.code)).toEqual(['document-no']);
    expect(checkTransition(h, step('investigation-notice', '2026-07-01', { documentNo: 'x' }), ctx).map((p) => p.code)).toEqual(['date-future']);
    expect(checkTransition([], step('suspected', '2026-01-01'), ctx).map((p) => p.code)).toEqual(['no-case']);
  });

  it('sends government-caused delay to the Art. 12 track and keeps enterprise cases off it', () => {
    const gov = [step('suspected', '2026-01-05'), step('cause-determined', '2026-01-10', { cause: 'government' }), step('disclosure', '2026-01-20')];
    expect(checkTransition(gov, step('fee-decision', '2026-02-01', { documentNo: 'x' }), ctx).map((p) => p.code)).toEqual(['government-cause']);
    expect(checkTransition(gov, step('art12-track', '2026-02-01'), ctx)).toEqual([]);
    const ent = [step('suspected', '2026-01-05'), step('cause-determined', '2026-01-10', { cause: 'enterprise' }), step('disclosure', '2026-01-20')];
    expect(checkTransition(ent, step('art12-track', '2026-02-01'), ctx).map((p) => p.code)).toEqual(['art12-cause']);
    expect(checkTransition([step('investigation-notice', '2026-01-05')], step('cause-determined', '2026-01-06'), ctx).map((p) => p.code)).toEqual(['cause']);
  });

  it('allows free recovery only after two full years and a fee only on idle land', () => {
    const h = [step('cause-determined', '2026-01-10', { cause: 'enterprise' }), step('disclosure', '2026-01-20')];
    const recovery = step('recovery-decision', '2026-02-01', { documentNo: 'x' });
    expect(checkTransition(h, recovery, ctx).map((p) => p.code)).toEqual(['not-reclaimable']);
    expect(checkTransition(h, recovery, { ...ctx, lifecycle: 'idle-reclaimable' })).toEqual([]);
    const fee = step('fee-decision', '2026-02-01', { documentNo: 'x' });
    expect(checkTransition(h, fee, { ...ctx, lifecycle: 'start-overdue' }).map((p) => p.code)).toEqual(['not-idle']);
    expect(checkTransition(h, fee, { ...ctx, lifecycle: 'stalled-idle' })).toEqual([]);
  });

  it('closes when development starts, but not after a decision', () => {
    expect(checkTransition([step('disclosure', '2026-01-01')], step('closed-development-started', '2026-01-02'), ctx)).toEqual([]);
    expect(checkTransition([step('recovery-decision', '2026-01-01', { documentNo: 'x' })], step('closed-development-started', '2026-01-02'), ctx).map((p) => p.code)).toEqual(['illegal-transition']);
  });
});

describe('disposal-case time limits', () => {
  it('investigation notice within 30 days of discovery: day 30 is on time, day 31 late', () => {
    const h = [step('suspected', '2026-01-31')];
    const [open] = caseDeadlines(h, '2026-03-02');
    expect(open).toMatchObject({ from: '2026-01-31', due: '2026-03-02', metOn: null, overdue: false });
    expect(caseDeadlines(h, '2026-03-03')[0]?.overdue).toBe(true);
    const late = caseDeadlines([...h, step('investigation-notice', '2026-03-03', { documentNo: 'x' })], '2026-03-10')[0];
    expect(late).toMatchObject({ metOn: '2026-03-03', overdue: true });
  });

  it('fee payment and deregistration run 30 days from their decisions', () => {
    const h = [step('fee-decision', '2026-02-15', { documentNo: 'a' }), step('recovery-decision', '2026-03-20', { documentNo: 'b' })];
    const d = caseDeadlines(h, '2026-04-01');
    expect(d.map((x) => [x.limit.id, x.due, x.metOn, x.overdue])).toEqual([
      ['fee-payment', '2026-03-17', '2026-03-20', true],
      ['recovery-deregistration', '2026-04-19', null, false],
    ]);
    expect(d[0]?.limit.source.zh).toContain('第十七条');
  });
});
