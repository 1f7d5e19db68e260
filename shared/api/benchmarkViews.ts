import { z } from 'zod';
import { ZoneLevel } from '../domain/enums';
import { ClassPreset, GradeClass, PresetId } from '../rules/benchmarkSettings';
import { UNGRADED_REASONS } from '../rules/enterprises';
import { TARGET_INDICATORS } from '../rules/planTargets';
import { ZONE_GROUPS } from '../rules/ranking';

const N = z.number();
const NN = z.number().nullable();
const Year = z.number().int().min(1990).max(2100);

export const ZoneGroup = z.enum(ZONE_GROUPS);
export const RankingIndicators = z.object({ taxPerMu: NN, addedValuePerMu: NN, newInvestmentPerMu: NN, plotRatio: NN });
const RankingNumbers = z.object({ taxPerMu: N, addedValuePerMu: N, newInvestmentPerMu: N, plotRatio: N });

export const RankedZoneView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  level: ZoneLevel,
  tier: z.number(),
  group: ZoneGroup,
  score: N,
  rank: z.number().int(),
  indicators: RankingIndicators,
  normalized: RankingIndicators,
  contributions: RankingNumbers,
  weights: RankingNumbers,
  outputWan: N,
  plotCount: z.number().int(),
  landAreaMu: N,
});
export type RankedZoneView = z.infer<typeof RankedZoneView>;

export const TargetTrackView = z.object({
  indicator: z.enum(TARGET_INDICATORS),
  baseYear: z.number().int().nullable(),
  substitute: z.boolean(),
  base: NN,
  target: NN,
  growthRequired: N,
  year: z.number().int(),
  current: NN,
  growth: NN,
  met: z.boolean().nullable(),
});
export type TargetTrackView = z.infer<typeof TargetTrackView>;

export const RankingReport = z.object({
  year: Year,
  years: z.array(Year),
  defaultYear: Year.nullable(),
  groupBy: z.enum(['tier', 'plot-output']),
  revenueThresholdWan: N,
  /** The weights as set (not re-scaled). */
  weights: RankingNumbers,
  zones: z.array(RankedZoneView),
  history: z.array(z.object({ year: Year, zones: z.array(RankedZoneView.pick({ id: true, group: true, score: true, rank: true, indicators: true })) })),
  targets: z.object({
    planBaseYear: Year,
    targetYear: Year,
    /** Required growth by the target year (0.5 = +50 %), as set. */
    growth: z.object({ taxPerMu: N, addedValuePerMu: N, newInvestmentPerMu: N }),
    zones: z.array(z.object({ zoneId: z.string(), tracks: z.array(TargetTrackView) })),
  }),
});
export type RankingReport = z.infer<typeof RankingReport>;

export const ReviewStatus = z.enum(['objection', 'recheck', 'upheld', 'revised']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const EnterpriseReview = z.object({
  creditCode: z.string(),
  year: Year,
  status: ReviewStatus,
  note: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  rowVersion: z.number().int(),
});
export type EnterpriseReview = z.infer<typeof EnterpriseReview>;

const GradingNumbers = z.object({ taxPerMu: N, addedValuePerMu: N, laborProductivity: N });
const GradingIndicators = z.object({ taxPerMu: NN, addedValuePerMu: NN, laborProductivity: NN });

export const GradedEnterpriseView = z.object({
  creditCode: z.string(),
  landUser: z.string(),
  zoneIds: z.array(z.string()),
  plotIds: z.array(z.string()),
  landAreaMu: N,
  evaluatedAreaMu: N,
  aboveSize: z.boolean(),
  outputWan: N,
  taxWan: N,
  addedValueWan: N,
  employees: N,
  indicators: GradingIndicators,
  ungradedReason: z.enum(UNGRADED_REASONS).nullable(),
  score: NN,
  class: z.union([GradeClass, z.literal('ungraded')]),
  contributions: GradingNumbers,
  review: EnterpriseReview.nullable(),
});
export type GradedEnterpriseView = z.infer<typeof GradedEnterpriseView>;

export const GradingReport = z.object({
  year: Year,
  years: z.array(Year),
  preset: PresetId,
  classes: ClassPreset,
  benchmarks: GradingIndicators,
  weights: GradingNumbers,
  belowSizeWeights: GradingNumbers,
  indicatorCap: N,
  aboveSizeOutputWan: N,
  /** 规下 enterprises are graded from this land area (亩) up. */
  belowSizeMinAreaMu: N,
  enterprises: z.array(GradedEnterpriseView),
});
export type GradingReport = z.infer<typeof GradingReport>;
