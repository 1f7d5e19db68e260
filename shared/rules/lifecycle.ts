import { addDays, fullPeriodFrom, type IsoDate } from '../domain/dates';
import type { LifecycleStatus } from '../domain/enums';
import { lifecycleTexts } from './lifecycleText';
import type { LocalParameters } from './localParameters';
import type { LifecycleLaw } from './ruleSetSchema';

export interface LifecycleInput {
  id: string;
  agreedStartDate: IsoDate;
  actualStartDate: IsoDate | null;
  agreedCompletionDate: IsoDate | null;
  actualCompletionDate: IsoDate | null;
  suspendedSince: IsoDate | null;
  developedAreaShare: number | null;
  investedShare: number | null;
  governmentCause: boolean;
  landPriceWan: number | null;
}

export interface Lifecycle {
  id: string;
  status: LifecycleStatus;
  idleSince: IsoDate | null;
  reclaimableFrom: IsoDate | null;
  feeWan: number | null;
  text: string;
  textEn: string;
  /** The date that drives the status (agreed start / completion, idle or recovery date), for agendas. */
  keyDate: IsoDate | null;
}

type Core = Omit<Lifecycle, 'id' | 'text' | 'textEn'>;
/** The contract dates and facts lifecycle needs, without the record id. */
export type LifecycleDates = Omit<LifecycleInput, 'id'>;
export type LifecycleCore = Omit<Lifecycle, 'text' | 'textEn'>;

/** A recorded event counts only once its date has come (cli-contract.md: "only if that date is ≤ the as-of date"). */
export function happened(date: IsoDate | null, asOf: IsoDate): date is IsoDate {
  return date !== null && date <= asOf;
}

function below(share: number | null, limit: number): boolean {
  return share !== null && share < limit;
}

/** Art. 2: developed < 1/3 of the area or invested < 25 % of the total, so a year's suspension makes the land idle. */
export function littleDone(p: Pick<LifecycleDates, 'developedAreaShare' | 'investedShare'>, law: LifecycleLaw): boolean {
  return below(p.developedAreaShare, law.stalledDevelopedShareBelow) || below(p.investedShare, law.stalledInvestedShareBelow);
}

function idle(status: LifecycleStatus, idleSince: IsoDate, reclaimableFrom: IsoDate | null, p: LifecycleDates, law: LifecycleLaw): Core {
  const fee = p.landPriceWan === null ? null : p.landPriceWan * law.idleFeeRate;
  if (p.governmentCause) return { status: 'idle-government-cause', idleSince, reclaimableFrom, feeWan: null, keyDate: idleSince };
  return { status, idleSince, reclaimableFrom, feeWan: fee, keyDate: reclaimableFrom ?? idleSince };
}

// Literal objects, not spreads: this runs for every plot of a 100k-plot list.
function plain(status: LifecycleStatus, keyDate: IsoDate | null): Core {
  return { status, idleSince: null, reclaimableFrom: null, feeWan: null, keyDate };
}

function notStarted(p: LifecycleDates, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Core {
  const start = p.agreedStartDate;
  const idleFrom = fullPeriodFrom(start, law.idleAfterYears);
  const reclaimFrom = fullPeriodFrom(start, law.reclaimAfterYears);
  if (asOf >= reclaimFrom) return idle('idle-reclaimable', idleFrom, reclaimFrom, p, law);
  if (asOf >= idleFrom) return idle('idle', idleFrom, null, p, law);
  if (asOf > start) return plain('start-overdue', start);
  if (asOf >= addDays(start, -params.reminderDays)) return plain('start-reminder', start);
  return plain('not-due', start);
}

function started(p: LifecycleDates, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Core {
  if (happened(p.suspendedSince, asOf)) {
    const idleFrom = fullPeriodFrom(p.suspendedSince, law.idleAfterYears);
    if (asOf >= idleFrom && littleDone(p, law)) return idle('stalled-idle', idleFrom, null, p, law);
  }
  const due = p.agreedCompletionDate;
  if (due === null) return plain('under-construction', null);
  if (asOf > due) return plain('completion-overdue', due);
  if (asOf >= addDays(due, -params.reminderDays)) return plain('completion-reminder', due);
  return plain('under-construction', due);
}

/** Lifecycle status of a supplied plot as of a date (cli-contract.md `lifecycle`; 《闲置土地处置办法》 Arts. 2, 8, 14). */
export function lifecycleOf(p: LifecycleInput, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Lifecycle {
  return explainLifecycle(lifecycleStatusOf(p, p.id, asOf, law, params), p, law);
}

/** Adds the Chinese and English sentences (with the legal source) to a computed status. */
export function explainLifecycle(core: LifecycleCore, p: LifecycleDates, law: LifecycleLaw): Lifecycle {
  const texts = lifecycleTexts(core, p, law);
  return { ...core, text: texts.zh, textEn: texts.en };
}

/** The status and its dates without the explaining sentences: what lists and aggregates over many plots need. */
export function lifecycleStatusOf(p: LifecycleDates, id: string, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): LifecycleCore {
  let core: Core;
  if (happened(p.actualCompletionDate, asOf)) {
    core = plain('completed', p.actualCompletionDate);
  } else if (!happened(p.actualStartDate, asOf)) {
    core = notStarted(p, asOf, law, params);
  } else {
    core = started(p, asOf, law, params);
  }
  return { id, status: core.status, idleSince: core.idleSince, reclaimableFrom: core.reclaimableFrom, feeWan: core.feeWan, keyDate: core.keyDate };
}
