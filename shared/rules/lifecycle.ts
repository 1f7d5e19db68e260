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

/** A recorded event counts only once its date has come (cli-contract.md: "only if that date is ≤ the as-of date"). */
function happened(date: IsoDate | null, asOf: IsoDate): date is IsoDate {
  return date !== null && date <= asOf;
}

function below(share: number | null, limit: number): boolean {
  return share !== null && share < limit;
}

function idle(status: LifecycleStatus, idleSince: IsoDate, reclaimableFrom: IsoDate | null, p: LifecycleInput, law: LifecycleLaw): Core {
  const fee = p.landPriceWan === null ? null : p.landPriceWan * law.idleFeeRate;
  if (p.governmentCause) return { status: 'idle-government-cause', idleSince, reclaimableFrom, feeWan: null, keyDate: idleSince };
  return { status, idleSince, reclaimableFrom, feeWan: fee, keyDate: reclaimableFrom ?? idleSince };
}

const none = { idleSince: null, reclaimableFrom: null, feeWan: null };

function notStarted(p: LifecycleInput, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Core {
  const start = p.agreedStartDate;
  const idleFrom = fullPeriodFrom(start, law.idleAfterYears);
  const reclaimFrom = fullPeriodFrom(start, law.reclaimAfterYears);
  if (asOf >= reclaimFrom) return idle('idle-reclaimable', idleFrom, reclaimFrom, p, law);
  if (asOf >= idleFrom) return idle('idle', idleFrom, null, p, law);
  if (asOf > start) return { status: 'start-overdue', ...none, keyDate: start };
  if (asOf >= addDays(start, -params.reminderDays)) return { status: 'start-reminder', ...none, keyDate: start };
  return { status: 'not-due', ...none, keyDate: start };
}

function started(p: LifecycleInput, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Core {
  if (happened(p.suspendedSince, asOf)) {
    const idleFrom = fullPeriodFrom(p.suspendedSince, law.idleAfterYears);
    const littleDone =
      below(p.developedAreaShare, law.stalledDevelopedShareBelow) || below(p.investedShare, law.stalledInvestedShareBelow);
    if (asOf >= idleFrom && littleDone) return idle('stalled-idle', idleFrom, null, p, law);
  }
  const due = p.agreedCompletionDate;
  if (due === null) return { status: 'under-construction', ...none, keyDate: null };
  if (asOf > due) return { status: 'completion-overdue', ...none, keyDate: due };
  if (asOf >= addDays(due, -params.reminderDays)) return { status: 'completion-reminder', ...none, keyDate: due };
  return { status: 'under-construction', ...none, keyDate: due };
}

/** Lifecycle status of a supplied plot as of a date (cli-contract.md `lifecycle`; 《闲置土地处置办法》 Arts. 2, 8, 14). */
export function lifecycleOf(p: LifecycleInput, asOf: IsoDate, law: LifecycleLaw, params: LocalParameters): Lifecycle {
  let core: Core;
  if (happened(p.actualCompletionDate, asOf)) {
    core = { status: 'completed', ...none, keyDate: p.actualCompletionDate };
  } else if (!happened(p.actualStartDate, asOf)) {
    core = notStarted(p, asOf, law, params);
  } else {
    core = started(p, asOf, law, params);
  }
  const texts = lifecycleTexts(core, p, law);
  return { id: p.id, ...core, text: texts.zh, textEn: texts.en };
}
