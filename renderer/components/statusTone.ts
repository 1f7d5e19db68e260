import type { EvaluationStatus, FindingResult, LifecycleStatus } from '../../shared/domain/enums';
import type { BadgeTone } from './Badge';

export const STATUS_TONE: Record<EvaluationStatus, BadgeTone> = { compliant: 'green', noncompliant: 'red', incomplete: 'amber' };

export const RESULT_TONE: Record<FindingResult, BadgeTone> = { pass: 'green', fail: 'red', missing: 'amber', 'not-applicable': 'grey' };

export const LIFECYCLE_TONE: Record<LifecycleStatus, BadgeTone> = {
  'not-due': 'grey',
  'start-reminder': 'blue',
  'start-overdue': 'amber',
  idle: 'red',
  'idle-reclaimable': 'red',
  'idle-government-cause': 'purple',
  'under-construction': 'blue',
  'completion-reminder': 'teal',
  'completion-overdue': 'amber',
  'stalled-idle': 'red',
  completed: 'green',
};
