import { IDLE_STATUSES, type LifecycleStatus } from '../domain/enums';

/**
 * The lifecycle statuses the 预警 view shows by default ("needs attention"): idle land, dates passed and dates
 * approaching — every status but not yet due, under construction on time, and completed.
 */
export const ATTENTION_STATUSES: readonly LifecycleStatus[] = [...IDLE_STATUSES, 'start-overdue', 'start-reminder', 'completion-overdue', 'completion-reminder'];

export function needsAttention(status: LifecycleStatus): boolean {
  return ATTENTION_STATUSES.includes(status);
}
