/** Which lifecycle scenario each supplied parcel gets: per-zone quotas, honouring each parcel's supply window. */
import type { Rng } from './prng';
import { window, type Scenario } from './schedule';
import type { Slot } from './supply';

type Quota = Partial<Record<Scenario, number>>;

/** Non-completed plots per zone; weaker county zones carry more idle land. Everything else is completed. */
export const QUOTAS: Record<string, Quota> = {
  jingkai: { 'not-due': 3, 'start-reminder': 2, 'start-overdue': 3, idle: 2, 'idle-reclaimable': 1, 'idle-government-cause': 1, 'under-construction': 10, 'completion-reminder': 2, 'completion-overdue': 4, 'stalled-idle': 2, 'completed-2025': 7 },
  gaoxin: { 'not-due': 2, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 2, 'idle-government-cause': 1, 'under-construction': 6, 'completion-reminder': 1, 'completion-overdue': 3, 'stalled-idle': 1, 'completed-2025': 4 },
  gongye: { 'not-due': 1, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 2, 'idle-government-cause': 1, 'under-construction': 5, 'completion-reminder': 1, 'completion-overdue': 3, 'stalled-idle': 2, 'completed-2025': 4 },
  puyangxian: { 'not-due': 1, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 2, 'idle-government-cause': 1, 'under-construction': 5, 'completion-reminder': 1, 'completion-overdue': 3, 'stalled-idle': 2, 'completed-2025': 4 },
  qingfeng: { 'not-due': 1, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 3, 'idle-government-cause': 1, 'under-construction': 4, 'completion-reminder': 1, 'completion-overdue': 4, 'stalled-idle': 2, 'completed-2025': 4 },
  nanle: { 'not-due': 1, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 3, 'idle-government-cause': 2, 'under-construction': 3, 'completion-reminder': 1, 'completion-overdue': 4, 'stalled-idle': 2, 'completed-2025': 4 },
  fanxian: { 'not-due': 2, 'start-reminder': 1, 'start-overdue': 2, idle: 1, 'idle-reclaimable': 1, 'idle-government-cause': 1, 'under-construction': 6, 'completion-reminder': 1, 'completion-overdue': 3, 'stalled-idle': 1, 'completed-2025': 4 },
  taiqian: { 'not-due': 1, 'start-reminder': 1, 'start-overdue': 2, idle: 2, 'idle-reclaimable': 2, 'idle-government-cause': 1, 'under-construction': 4, 'completion-reminder': 1, 'completion-overdue': 3, 'stalled-idle': 2, 'completed-2025': 4 },
};

/** Scenarios a parcel from a recent batch can take when it cannot have been completed yet. */
const RECENT: Scenario[] = ['under-construction', 'start-overdue', 'not-due', 'start-reminder', 'idle'];

export function assignScenarios(zoneId: string, slots: readonly Slot[], rng: Rng): Map<Slot, Scenario> {
  const quota: Quota = { ...(QUOTAS[zoneId] ?? {}) };
  const out = new Map<Slot, Scenario>();
  const feasible = (slot: Slot, s: Scenario) => window(s, slot.lo, slot.hi) !== null;
  const take = (slot: Slot, s: Scenario) => {
    out.set(slot, s);
    quota[s] = (quota[s] ?? 0) - 1;
  };
  const order = rng.shuffle(slots);
  // Parcels supplied too recently to be finished take the recent scenarios first.
  for (const slot of order) {
    if (feasible(slot, 'completed')) continue;
    const open = RECENT.filter((s) => (quota[s] ?? 0) > 0 && feasible(slot, s));
    const any = RECENT.filter((s) => feasible(slot, s));
    const s = open[0] ?? (any.length > 0 ? rng.pick(any) : null);
    if (s === null) throw new Error(`${zoneId}: no scenario fits a parcel supplied ${slot.lo}..${slot.hi}`);
    take(slot, s);
  }
  const scenarios = Object.keys(quota) as Scenario[];
  for (const s of scenarios) {
    for (const slot of order) {
      if ((quota[s] ?? 0) <= 0) break;
      if (!out.has(slot) && feasible(slot, s)) take(slot, s);
    }
  }
  for (const slot of order) if (!out.has(slot)) out.set(slot, 'completed');
  return out;
}
