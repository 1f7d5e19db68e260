import { addDays, fullPeriodFrom, type IsoDate } from '../domain/dates';
import { caseDeadlines, type CaseStepRecord } from './disposalCase';
import { happened, littleDone, type LifecycleInput } from './lifecycle';
import type { LifecycleLaw } from './ruleSetSchema';

export type AgendaKind =
  | 'agreed-start'
  | 'agreed-completion'
  | 'becomes-idle'
  | 'becomes-reclaimable'
  | 'becomes-stalled-idle'
  | 'investigation-notice'
  | 'fee-payment'
  | 'recovery-deregistration';

export interface AgendaItem {
  date: IsoDate;
  kind: AgendaKind;
  plotId: string;
  caseId: string | null;
  /** An open case deadline already past: listed first, whatever the horizon. */
  overdue: boolean;
}

/** A supplied plot with the lifecycle law of the rule set that applies to it. */
export interface AgendaPlot {
  input: LifecycleInput;
  law: LifecycleLaw;
}

export interface AgendaCase {
  id: string;
  plotId: string;
  steps: readonly CaseStepRecord[];
}

/**
 * The dates ahead at which a plot's lifecycle status changes (the same periods lifecycleOf applies), given what is
 * recorded as of `asOf`: the agreed start, one and two full years after it, the agreed completion, one full year of
 * suspension.
 */
export function plotKeyDates(p: LifecycleInput, asOf: IsoDate, law: LifecycleLaw): { date: IsoDate; kind: AgendaKind }[] {
  if (happened(p.actualCompletionDate, asOf)) return [];
  if (!happened(p.actualStartDate, asOf)) {
    return [
      { date: p.agreedStartDate, kind: 'agreed-start' },
      { date: fullPeriodFrom(p.agreedStartDate, law.idleAfterYears), kind: 'becomes-idle' },
      { date: fullPeriodFrom(p.agreedStartDate, law.reclaimAfterYears), kind: 'becomes-reclaimable' },
    ];
  }
  const out: { date: IsoDate; kind: AgendaKind }[] = [];
  if (p.agreedCompletionDate !== null) out.push({ date: p.agreedCompletionDate, kind: 'agreed-completion' });
  if (happened(p.suspendedSince, asOf) && littleDone(p, law)) {
    out.push({ date: fullPeriodFrom(p.suspendedSince, law.idleAfterYears), kind: 'becomes-stalled-idle' });
  }
  return out;
}

const ORDER: AgendaKind[] = [
  'investigation-notice',
  'fee-payment',
  'recovery-deregistration',
  'becomes-reclaimable',
  'becomes-idle',
  'becomes-stalled-idle',
  'agreed-start',
  'agreed-completion',
];

/**
 * What falls due from `asOf` through `asOf + horizonDays` (both inclusive) across plots and open cases, by date;
 * open case deadlines already missed come first.
 */
export function agendaOf(plots: readonly AgendaPlot[], cases: readonly AgendaCase[], asOf: IsoDate, horizonDays: number): AgendaItem[] {
  const end = addDays(asOf, horizonDays);
  const items: AgendaItem[] = [];
  for (const { input, law } of plots) {
    for (const k of plotKeyDates(input, asOf, law)) {
      if (k.date >= asOf && k.date <= end) items.push({ ...k, plotId: input.id, caseId: null, overdue: false });
    }
  }
  for (const c of cases) {
    for (const d of caseDeadlines(c.steps, asOf)) {
      if (d.metOn !== null) continue;
      if (d.due <= end) items.push({ date: d.due, kind: d.limit.id, plotId: c.plotId, caseId: c.id, overdue: d.due < asOf });
    }
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.date.localeCompare(b.date) ||
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      a.plotId.localeCompare(b.plotId),
  );
}
