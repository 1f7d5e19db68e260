import { z } from 'zod';

export const ZoneLevel = z.enum(['national', 'provincial']);
export type ZoneLevel = z.infer<typeof ZoneLevel>;

export const ZoneLocation = z.enum(['central-city', 'county']);
export type ZoneLocation = z.infer<typeof ZoneLocation>;

export const ProjectType = z.enum(['general', 'standard-factory']);
export type ProjectType = z.infer<typeof ProjectType>;

export const Metric = z.enum(['plot-ratio', 'building-density', 'investment-intensity', 'tax-per-mu']);
export type Metric = z.infer<typeof Metric>;

export const Comparator = z.enum(['>=', '>', '<=', '<']);
export type Comparator = z.infer<typeof Comparator>;

export const FindingResult = z.enum(['pass', 'fail', 'missing', 'not-applicable']);
export type FindingResult = z.infer<typeof FindingResult>;

export const EvaluationStatus = z.enum(['compliant', 'noncompliant', 'incomplete']);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

export const LifecycleStatus = z.enum([
  'not-due',
  'start-reminder',
  'start-overdue',
  'idle',
  'idle-reclaimable',
  'idle-government-cause',
  'under-construction',
  'completion-reminder',
  'completion-overdue',
  'stalled-idle',
  'completed',
]);
export type LifecycleStatus = z.infer<typeof LifecycleStatus>;

/** Statuses that count as idle land (闲置土地) in zone aggregates. */
export const IDLE_STATUSES: readonly LifecycleStatus[] = [
  'idle',
  'idle-reclaimable',
  'idle-government-cause',
  'stalled-idle',
];

export const AgeBucket = z.enum(['<2y', '2-5y', '>=5y']);
export type AgeBucket = z.infer<typeof AgeBucket>;

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;
