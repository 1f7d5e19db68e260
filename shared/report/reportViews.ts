import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { Comparator, EvaluationStatus, LifecycleStatus, Metric, ProjectType } from '../domain/enums';
import { AreaGeometry } from '../domain/geometry';
import { BatchView, RuleSetSummary, ZoneView } from '../api/views';

const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** Who prepares and signs the report (编制 / 审核 / 批准): a setting, edited in the report view. */
export const ReportSettings = z
  .object({
    preparingUnit: z.string().trim().max(80),
    preparedBy: z.string().trim().max(40),
    reviewedBy: z.string().trim().max(40),
    approvedBy: z.string().trim().max(40),
  })
  .strict();
export type ReportSettings = z.infer<typeof ReportSettings>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { preparingUnit: '', preparedBy: '', reviewedBy: '', approvedBy: '' };

/** A plot as the report draws and counts it: its shape, its status and the four indicator values. */
export const ReportPlot = z.object({
  id: z.string(),
  parcelNo: z.string(),
  landUser: z.string().nullable(),
  projectType: ProjectType,
  landAreaM2: z.number(),
  status: EvaluationStatus,
  lifecycle: LifecycleStatus.nullable(),
  plotRatio: z.number().nullable(),
  geometry: AreaGeometry,
});
export type ReportPlot = z.infer<typeof ReportPlot>;

export const ReportFailure = z.object({
  metric: Metric,
  ruleId: z.string(),
  value: z.number().nullable(),
  threshold: z.number(),
  comparator: Comparator,
  unit: z.string(),
  gap: z.number().nullable(),
});

export const NoncompliantPlot = z.object({
  parcelNo: z.string(),
  landUser: z.string().nullable(),
  landAreaM2: z.number(),
  failures: z.array(ReportFailure),
});
export type NoncompliantPlot = z.infer<typeof NoncompliantPlot>;

export const IdlePlot = z.object({
  parcelNo: z.string(),
  landUser: z.string().nullable(),
  landAreaM2: z.number(),
  lifecycle: LifecycleStatus,
  agreedStartDate: IsoDateSchema.nullable(),
  agreedCompletionDate: IsoDateSchema.nullable(),
  idleSince: IsoDateSchema.nullable(),
  reclaimableFrom: IsoDateSchema.nullable(),
  feeWan: z.number().nullable(),
});
export type IdlePlot = z.infer<typeof IdlePlot>;

export const ReportRule = z.object({
  id: z.string(),
  metric: Metric,
  comparator: Comparator,
  threshold: z.number(),
  requiresOperating: z.boolean(),
  /** Project types the rule applies to in this zone (empty: not in this zone). */
  projectTypes: z.array(ProjectType),
  sourceWording: z.string(),
  note: Bilingual.nullable(),
});
export type ReportRule = z.infer<typeof ReportRule>;

/** How the plots of the zone fared on one metric: counts of findings by result. */
export const MetricTally = z.object({ metric: Metric, pass: z.number(), fail: z.number(), missing: z.number() });
export type MetricTally = z.infer<typeof MetricTally>;

export const ZoneReport = z.object({
  asOf: IsoDateSchema,
  zone: ZoneView,
  ruleSet: RuleSetSummary.extend({ rules: z.array(ReportRule), lifecycleSource: Bilingual, idleFeeRate: z.number(), idleAfterYears: z.number().int(), reclaimAfterYears: z.number().int() }),
  /** Every version that judged at least one of the report's plots (by their contract dates), oldest first, with how many: each legal basis the report rests on. */
  ruleSetsUsed: z.array(RuleSetSummary.extend({ plotCount: z.number().int() })),
  /** Plots on the books as of the date. */
  plots: z.array(ReportPlot),
  /** Ratios of sums not in the zone KPIs: Σ footprint / Σ land (percent), idle area / supplied area. */
  indicators: z.object({ buildingDensity: z.number().nullable(), idleRate: z.number().nullable() }),
  tallies: z.array(MetricTally),
  noncompliant: z.array(NoncompliantPlot),
  /** Idle plots and plots past an agreed start or completion date. */
  idle: z.array(IdlePlot),
  /** Batches of the zone approved by the date with land still unsupplied, oldest first. */
  batches: z.array(BatchView),
  /** The unsupplied-land age bucket bounds in force (settings `parameters.local`), which name the batches' buckets. */
  ageBucketYears: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  settings: ReportSettings,
  dataset: z.object({ illustrative: z.boolean(), note: Bilingual }),
});
export type ZoneReport = z.infer<typeof ZoneReport>;
