import { z } from 'zod';
import { addDays, type IsoDate } from '../domain/dates';
import type { LifecycleStatus } from '../domain/enums';
import { CASE_TIME_LIMITS, type CaseTimeLimit } from './disposalCaseLaw';

/** States of an idle-land disposal case (闲置土地处置, domain.md §4 "Procedure"). */
export const CaseState = z.enum([
  'suspected',
  'investigation-notice',
  'cause-determined',
  'idle-determination',
  'disclosure',
  'hearing',
  'fee-decision',
  'recovery-decision',
  'art12-track',
  'disposed',
  'recovered',
  'closed-development-started',
]);
export type CaseState = z.infer<typeof CaseState>;

/** Who caused the delay, fixed at the cause-determined step: it decides between Art. 14 (fee / recovery) and Art. 12. */
export const CaseCause = z.enum(['enterprise', 'government']);
export type CaseCause = z.infer<typeof CaseCause>;

export const TERMINAL_STATES: readonly CaseState[] = ['disposed', 'recovered', 'closed-development-started'];

/** Development starting ends the case before any decision is taken (Art. 2 no longer holds). */
const CLOSE = 'closed-development-started' as const;
const FEE_STATUSES: readonly LifecycleStatus[] = ['idle', 'idle-reclaimable', 'stalled-idle'];
const DECISIONS: CaseState[] = ['fee-decision', 'recovery-decision', 'art12-track'];

/** The legal next states of each state. */
export const CASE_TRANSITIONS: Record<CaseState, readonly CaseState[]> = {
  suspected: ['investigation-notice', CLOSE],
  'investigation-notice': ['cause-determined', CLOSE],
  'cause-determined': ['idle-determination', CLOSE],
  'idle-determination': ['disclosure', CLOSE],
  disclosure: ['hearing', ...DECISIONS, CLOSE],
  hearing: [...DECISIONS, CLOSE],
  // A fee decision follows one year idle; at two years the land may still be recovered (Art. 14 (2)).
  'fee-decision': ['disposed', 'recovery-decision'],
  'recovery-decision': ['recovered'],
  'art12-track': ['disposed'],
  disposed: [],
  recovered: [],
  'closed-development-started': [],
};

export interface CaseStepRecord {
  state: CaseState;
  date: IsoDate;
  documentNo: string | null;
  cause: CaseCause | null;
}

export interface CaseProblem {
  code: string;
  zh: string;
  en: string;
}

export interface TransitionContext {
  /** The plot's lifecycle status as of the step's date (null: no contract). */
  lifecycle: LifecycleStatus | null;
  today: IsoDate;
}

/** Steps that issue a formal document and so need its number. */
export const DOCUMENT_STATES: readonly CaseState[] = [
  'investigation-notice',
  'idle-determination',
  'fee-decision',
  'recovery-decision',
];

export function causeOf(history: readonly CaseStepRecord[]): CaseCause | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const c = history[i]?.cause;
    if (c) return c;
  }
  return null;
}

/** Every reason the next step is illegal; empty when it may be recorded. `history` is in order, first = suspected. */
export function checkTransition(history: readonly CaseStepRecord[], next: CaseStepRecord, ctx: TransitionContext): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const current = history[history.length - 1];
  if (!current) return [{ code: 'no-case', zh: '案件尚未立案', en: 'the case has no opening step' }];
  if (!CASE_TRANSITIONS[current.state].includes(next.state)) {
    problems.push({
      code: 'illegal-transition',
      zh: `不能从"${CASE_STATE_LABEL[current.state].zh}"转到"${CASE_STATE_LABEL[next.state].zh}"`,
      en: `cannot move from "${CASE_STATE_LABEL[current.state].en}" to "${CASE_STATE_LABEL[next.state].en}"`,
    });
  }
  if (next.date < current.date) {
    problems.push({ code: 'date-order', zh: `日期早于上一步（${current.date}）`, en: `date is before the previous step (${current.date})` });
  }
  if (next.date > ctx.today) problems.push({ code: 'date-future', zh: '日期晚于今天', en: 'date is in the future' });
  if (DOCUMENT_STATES.includes(next.state) && !next.documentNo?.trim()) {
    problems.push({ code: 'document-no', zh: '须填写文书编号', en: 'a document number is required' });
  }
  if (next.state === 'cause-determined' && next.cause === null) {
    problems.push({ code: 'cause', zh: '须认定闲置原因（企业原因或政府原因）', en: 'the cause (enterprise or government) must be determined' });
  }
  const cause = next.cause ?? causeOf(history);
  if ((next.state === 'fee-decision' || next.state === 'recovery-decision') && cause === 'government') {
    problems.push({
      code: 'government-cause',
      zh: '政府原因造成的闲置不征缴闲置费、不无偿收回，应按第十二条处置',
      en: 'idle land caused by government is neither charged nor recovered for free; use the Art. 12 track',
    });
  }
  if (next.state === 'art12-track' && cause !== 'government') {
    problems.push({ code: 'art12-cause', zh: '第十二条处置仅适用于政府原因造成的闲置', en: 'the Art. 12 track applies only to government-caused delay' });
  }
  if (next.state === 'fee-decision' && !FEE_STATUSES.includes(ctx.lifecycle ?? 'not-due')) {
    problems.push({ code: 'not-idle', zh: '宗地尚未构成闲置（满一年），不能征缴闲置费', en: 'the plot is not idle for a full year, so no fee can be levied' });
  }
  if (next.state === 'recovery-decision' && ctx.lifecycle !== 'idle-reclaimable') {
    problems.push({
      code: 'not-reclaimable',
      zh: '未动工开发满两年方可无偿收回（第十四条）',
      en: 'free recovery needs two full years without starting (Art. 14)',
    });
  }
  return problems;
}

export function legalNextStates(history: readonly CaseStepRecord[]): readonly CaseState[] {
  const current = history[history.length - 1];
  return current ? CASE_TRANSITIONS[current.state] : [];
}

export interface CaseDeadline {
  limit: CaseTimeLimit;
  from: IsoDate;
  due: IsoDate;
  /** Date the obligation was met (the next step), null while open. */
  metOn: IsoDate | null;
  overdue: boolean;
}

const DEADLINE_RULES: { trigger: CaseState; limit: CaseTimeLimit['id']; metBy: CaseState[] }[] = [
  { trigger: 'suspected', limit: 'investigation-notice', metBy: ['investigation-notice', CLOSE] },
  { trigger: 'fee-decision', limit: 'fee-payment', metBy: ['disposed', 'recovery-decision'] },
  { trigger: 'recovery-decision', limit: 'recovery-deregistration', metBy: ['recovered'] },
];

/** The legal time limits a case's steps set running, whether met, and whether overdue as of a date. */
export function caseDeadlines(history: readonly CaseStepRecord[], asOf: IsoDate): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  history.forEach((step, i) => {
    for (const rule of DEADLINE_RULES) {
      if (rule.trigger !== step.state) continue;
      const limit = CASE_TIME_LIMITS[rule.limit];
      const due = addDays(step.date, limit.days);
      const met = history.slice(i + 1).find((s) => rule.metBy.includes(s.state));
      const metOn = met?.date ?? null;
      out.push({ limit, from: step.date, due, metOn, overdue: metOn === null ? asOf > due : metOn > due });
    }
  });
  return out;
}

export const CASE_STATE_LABEL: Record<CaseState, { zh: string; en: string }> = {
  suspected: { zh: '疑似闲置', en: 'Suspected' },
  'investigation-notice': { zh: '发出调查通知书', en: 'Investigation notice' },
  'cause-determined': { zh: '认定闲置原因', en: 'Cause determined' },
  'idle-determination': { zh: '闲置土地认定书', en: 'Idle-land determination' },
  disclosure: { zh: '信息公开', en: 'Public disclosure' },
  hearing: { zh: '听证', en: 'Hearing' },
  'fee-decision': { zh: '征缴土地闲置费决定', en: 'Idle-fee decision' },
  'recovery-decision': { zh: '收回国有建设用地使用权决定', en: 'Recovery decision' },
  'art12-track': { zh: '按第十二条处置（政府原因）', en: 'Art. 12 disposal (government cause)' },
  disposed: { zh: '处置完毕', en: 'Disposed' },
  recovered: { zh: '已收回', en: 'Recovered' },
  'closed-development-started': { zh: '已动工开发，结案', en: 'Closed: development started' },
};
