import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { agendaOf, plotKeyDates } from '../../shared/rules/agenda';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { lifecycleOf, type LifecycleInput } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';

const law = CLIENT_REPORT_RULE_SET.lifecycle;
const plot = (id: string, over: Partial<LifecycleInput>): LifecycleInput => ({
  id,
  agreedStartDate: '2025-03-15',
  actualStartDate: null,
  agreedCompletionDate: '2027-03-15',
  actualCompletionDate: null,
  suspendedSince: null,
  developedAreaShare: null,
  investedShare: null,
  governmentCause: false,
  landPriceWan: 1000,
  ...over,
});

describe('agenda', () => {
  it('lists the day a not-started plot becomes idle, inclusive of both ends of the window', () => {
    const p = plot('A', {});
    // full(2025-03-15, 1) = 2026-03-16
    expect(agendaOf([{ input: p, law }], [], '2026-02-14', 30).map((i) => [i.date, i.kind])).toEqual([['2026-03-16', 'becomes-idle']]);
    expect(agendaOf([{ input: p, law }], [], '2026-02-13', 30)).toEqual([]);
    expect(agendaOf([{ input: p, law }], [], '2026-03-16', 0).map((i) => i.kind)).toEqual(['becomes-idle']);
    expect(agendaOf([{ input: p, law }], [], '2026-03-17', 400).map((i) => [i.date, i.kind])).toEqual([['2027-03-16', 'becomes-reclaimable']]);
  });

  it('agrees with lifecycleOf: the status changes exactly on each key date', () => {
    const plots = [
      plot('not-started', {}),
      plot('leap', { agreedStartDate: '2024-02-29' }),
      plot('stalled', { actualStartDate: '2025-04-01', suspendedSince: '2025-06-30', developedAreaShare: 0.2 }),
      plot('building', { actualStartDate: '2025-04-01' }),
    ];
    for (const p of plots) {
      for (const k of plotKeyDates(p, '2025-07-01', law)) {
        const before = lifecycleOf(p, addDays(k.date, -1), law, { ...DEFAULT_LOCAL_PARAMETERS, reminderDays: 0 }).status;
        const on = lifecycleOf(p, k.date, law, { ...DEFAULT_LOCAL_PARAMETERS, reminderDays: 0 }).status;
        if (k.kind !== 'agreed-start' && k.kind !== 'agreed-completion') expect(on, `${p.id} ${k.kind}`).not.toBe(before);
      }
    }
    expect(plotKeyDates(plots[1] as LifecycleInput, '2024-03-01', law).map((k) => k.date)).toEqual(['2024-02-29', '2025-03-01', '2026-03-01']);
    expect(plotKeyDates(plots[2] as LifecycleInput, '2025-07-01', law).map((k) => [k.kind, k.date])).toEqual([
      ['agreed-completion', '2027-03-15'],
      ['becomes-stalled-idle', '2026-07-01'],
    ]);
  });

  it('leaves out completed plots and suspensions with enough done', () => {
    expect(plotKeyDates(plot('c', { actualStartDate: '2025-04-01', actualCompletionDate: '2026-01-01' }), '2026-02-01', law)).toEqual([]);
    const enough = plot('s', { actualStartDate: '2025-04-01', suspendedSince: '2025-06-30', developedAreaShare: 0.5, investedShare: 0.3 });
    expect(plotKeyDates(enough, '2025-07-01', law).map((k) => k.kind)).toEqual(['agreed-completion']);
  });

  it('puts missed case deadlines first, then open ones in the window by date', () => {
    const cases = [
      { id: 'c1', plotId: 'A', steps: [{ state: 'suspected' as const, date: '2026-01-01', documentNo: null, cause: null }] },
      { id: 'c2', plotId: 'B', steps: [{ state: 'fee-decision' as const, date: '2026-03-01', documentNo: 'x', cause: null }] },
    ];
    const items = agendaOf([{ input: plot('A', { agreedStartDate: '2026-03-20' }), law }], cases, '2026-03-05', 30);
    expect(items.map((i) => [i.kind, i.date, i.overdue])).toEqual([
      ['investigation-notice', '2026-01-31', true],
      ['agreed-start', '2026-03-20', false],
      ['fee-payment', '2026-03-31', false],
    ]);
  });
});
