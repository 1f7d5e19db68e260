/**
 * Contract timelines laid out so that each plot has a chosen lifecycle status as of the reference date. Each
 * status has a window for the contract date; dates are drawn in it and kept only if the shared engine agrees.
 */
import type { IsoDate } from '../../shared/domain/dates';
import type { LifecycleStatus } from '../../shared/domain/enums';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { lifecycleStatusOf } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { addDays, addMonths, maxDate, minDate, randomDate } from './dateUtil';
import { GOVERNMENT_CAUSES } from './names';
import type { Rng } from './prng';

export const REFERENCE_DATE: IsoDate = '2026-11-27';
const A = REFERENCE_DATE;

/** Completed plots come in flavours the calibration needs: recently finished ones are not yet operating in 2025. */
export type Scenario = LifecycleStatus | 'completed-2025';

export interface Timeline {
  contractDate: IsoDate;
  agreedStartDate: IsoDate;
  agreedCompletionDate: IsoDate;
  actualStartDate: IsoDate | null;
  actualCompletionDate: IsoDate | null;
  suspendedSince: IsoDate | null;
  developedAreaShare: number | null;
  investedShare: number | null;
  governmentCause: boolean;
  governmentCauseReason: string | null;
}

/** Contract-date windows per scenario (before intersecting with the plot's own supply window). */
const WINDOWS: Record<Scenario, readonly [IsoDate, IsoDate]> = {
  completed: ['2004-01-01', '2024-06-30'],
  'completed-2025': ['2022-06-01', '2023-09-30'],
  'not-due': [addDays(A, -60), addDays(A, -1)],
  'start-reminder': [addDays(A, -180), addDays(A, -60)],
  'start-overdue': [addDays(A, -540), addDays(A, -91)],
  idle: [addDays(A, -910), addDays(A, -456)],
  'idle-reclaimable': ['2008-01-01', addDays(A, -826)],
  'idle-government-cause': ['2012-01-01', addDays(A, -460)],
  'under-construction': [addDays(A, -880), addDays(A, -130)],
  'completion-reminder': [addDays(A, -1100), addDays(A, -700)],
  'completion-overdue': ['2015-01-01', addDays(A, -800)],
  'stalled-idle': ['2010-01-01', addDays(A, -640)],
};

export function window(s: Scenario, lo: IsoDate, hi: IsoDate): [IsoDate, IsoDate] | null {
  const [a, b] = WINDOWS[s];
  const from = maxDate(a, lo);
  const to = minDate(b, hi);
  return from <= to ? [from, to] : null;
}

const statusOf = (t: Timeline, landPriceWan: number): LifecycleStatus =>
  lifecycleStatusOf({ ...t, landPriceWan }, 'x', A, CLIENT_REPORT_RULE_SET.lifecycle, DEFAULT_LOCAL_PARAMETERS).status;

function r2(x: number): number {
  return Math.round(x * 100) / 100;
}

function draw(rng: Rng, s: Scenario, from: IsoDate, to: IsoDate): Timeline {
  const contractDate = randomDate(rng, from, to);
  const agreedStartDate = addDays(contractDate, rng.int(90, 180));
  const months = rng.weighted<number>([[18, 2], [24, 6], [30, 1], [36, 1]]);
  const agreedCompletionDate = addMonths(agreedStartDate, months);
  const t: Timeline = {
    contractDate,
    agreedStartDate,
    agreedCompletionDate,
    actualStartDate: null,
    actualCompletionDate: null,
    suspendedSince: null,
    developedAreaShare: null,
    investedShare: null,
    governmentCause: false,
    governmentCauseReason: null,
  };
  // Most start around the agreed date; a third start late (but still start).
  const start = () => addDays(agreedStartDate, rng.chance(1 / 3) ? rng.int(30, 200) : rng.int(-25, 30));
  switch (s) {
    case 'completed':
    case 'completed-2025': {
      t.actualStartDate = start();
      t.actualCompletionDate =
        s === 'completed' ? addDays(t.actualStartDate, rng.int(420, 900)) : randomDate(rng, '2025-07-01', '2025-12-20');
      t.developedAreaShare = 1;
      t.investedShare = 1;
      break;
    }
    case 'idle-government-cause': {
      t.governmentCause = true;
      t.governmentCauseReason = rng.pick(GOVERNMENT_CAUSES);
      if (rng.chance(0.25)) {
        // Started, then stopped by the government: a stalled plot with a government cause.
        t.actualStartDate = start();
        t.suspendedSince = addDays(t.actualStartDate, rng.int(60, 300));
        t.developedAreaShare = r2(rng.float(0.05, 0.3));
        t.investedShare = r2(rng.float(0.05, 0.3));
      }
      break;
    }
    case 'under-construction':
    case 'completion-reminder':
    case 'completion-overdue': {
      t.actualStartDate = start();
      t.developedAreaShare = r2(rng.float(0.3, 0.9));
      t.investedShare = r2(rng.float(0.3, 0.9));
      if (rng.chance(0.25)) {
        // Suspended, but either recently or with enough done that it is not idle land.
        t.suspendedSince = addDays(t.actualStartDate, rng.int(120, 700));
        if (rng.chance(0.5)) {
          t.developedAreaShare = r2(rng.float(0.1, 0.3));
          t.investedShare = r2(rng.float(0.1, 0.24));
        }
      }
      break;
    }
    case 'stalled-idle': {
      t.actualStartDate = start();
      t.suspendedSince = addDays(t.actualStartDate, rng.int(60, 420));
      t.developedAreaShare = r2(rng.float(0.05, 0.32));
      t.investedShare = rng.chance(0.5) ? r2(rng.float(0.05, 0.24)) : r2(rng.float(0.25, 0.5));
      break;
    }
    default:
      break;
  }
  return t;
}

/** A timeline with status `s` as of the reference date and a contract date in [lo, hi]; null if none was found. */
export function schedule(rng: Rng, s: Scenario, lo: IsoDate, hi: IsoDate, landPriceWan: number): Timeline | null {
  const w = window(s, lo, hi);
  if (!w) return null;
  const want: LifecycleStatus = s === 'completed-2025' ? 'completed' : s;
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const t = draw(rng, s, w[0], w[1]);
    const dates = [t.actualStartDate, t.actualCompletionDate, t.suspendedSince].filter((d): d is IsoDate => d !== null);
    if (s === 'completed' || s === 'completed-2025') {
      if ((t.actualCompletionDate ?? A) > A) continue;
    } else if (dates.some((d) => d > A)) continue;
    if (statusOf(t, landPriceWan) === want) return t;
  }
  return null;
}
