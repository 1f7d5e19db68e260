import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import {
  AgeBucket,
  Comparator,
  EvaluationStatus,
  FindingResult,
  LifecycleStatus,
  Metric,
  ZoneLevel,
  ZoneLocation,
} from '../domain/enums';
import { AreaGeometry } from '../domain/geometry';
import { CanonicalPlot } from '../domain/plotRecord';
import { ContractSeed, MetricsSeed } from '../schemas/seed';

const BboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const UnsuppliedRatesView = z.object({
  fiveYear: z.object({ batches: z.number().int(), approvedAreaM2: z.number(), suppliedAreaM2: z.number(), rate: z.number().nullable() }),
  disposal: z.object({ from: IsoDateSchema, to: IsoDateSchema, unsuppliedAtStartM2: z.number(), disposedAreaM2: z.number(), rate: z.number().nullable() }),
});

export const ZoneKpi = z.object({
  plotCount: z.number(),
  landAreaMu: z.number(),
  plotRatio: z.number().nullable(),
  taxPerMu: z.number().nullable(),
  investmentPerMu: z.number().nullable(),
  compliant: z.number(),
  noncompliant: z.number(),
  incomplete: z.number(),
  idleCount: z.number(),
  idleAreaMu: z.number(),
  idleRate: z.number().nullable(),
  unsuppliedAreaMu: z.number(),
  supplyRate: z.number().nullable(),
  /** 近五年供地率 and 本年处置率 with the sums they are ratios of (shared/rules/unsuppliedRates.ts), so zones add up to the city. */
  unsuppliedRates: UnsuppliedRatesView,
});
export type ZoneKpi = z.infer<typeof ZoneKpi>;

export const ZoneView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  level: ZoneLevel,
  location: ZoneLocation,
  locationNote: z.string(),
  county: z.string(),
  tier: z.number(),
  plannedAreaHa: z.number(),
  leadingIndustries: z.array(z.string()),
  boundary: AreaGeometry,
  bbox: BboxSchema,
  kpi: ZoneKpi,
});
export type ZoneView = z.infer<typeof ZoneView>;

export const PlotRow = CanonicalPlot.extend({
  id: z.string(),
  projectName: z.string(),
  status: EvaluationStatus,
  lifecycle: LifecycleStatus.nullable(),
  /** On the books as of the date: contract signed by then, or no contract recorded. */
  supplied: z.boolean(),
  failedRules: z.array(z.string()),
  metricsYear: z.number().nullable(),
  bbox: BboxSchema,
});
export type PlotRow = z.infer<typeof PlotRow>;

export const FindingView = z.object({
  metric: Metric,
  value: z.number().nullable(),
  threshold: z.number(),
  comparator: Comparator,
  unit: z.string(),
  result: FindingResult,
  gap: z.number().nullable(),
  ruleId: z.string(),
  text: z.string(),
  textEn: z.string(),
  source: z.string(),
  sourceEn: z.string(),
  inputs: z.array(z.string()),
});
export type FindingView = z.infer<typeof FindingView>;

export const LifecycleView = z.object({
  status: LifecycleStatus,
  idleSince: IsoDateSchema.nullable(),
  reclaimableFrom: IsoDateSchema.nullable(),
  feeWan: z.number().nullable(),
  keyDate: IsoDateSchema.nullable(),
  text: z.string(),
  textEn: z.string(),
});
export type LifecycleView = z.infer<typeof LifecycleView>;

export const RuleSetSummary = z.object({
  id: z.string(),
  version: z.number(),
  name: Bilingual,
  source: Bilingual,
  effectiveFrom: IsoDateSchema,
});
export type RuleSetSummary = z.infer<typeof RuleSetSummary>;

export const PlotDetail = z.object({
  plot: PlotRow,
  geometry: AreaGeometry,
  zone: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), level: ZoneLevel, location: ZoneLocation }),
  evaluation: z.object({
    status: EvaluationStatus,
    /** The version that judged this answer. */
    ruleSet: RuleSetSummary,
    findings: z.array(FindingView),
    /** 'in-force': the version in force at the plot's contract date (its official result); 'chosen': another version the caller asked for (plots.get `ruleSetVersion`), a what-if. */
    judgedBy: z.enum(['in-force', 'chosen']),
    /** The version in force for the plot, whichever judged the answer. */
    inForce: RuleSetSummary,
    /** Every stored version of that rule set, newest first: what `ruleSetVersion` may name. */
    versions: z.array(z.object({ version: z.number().int(), effectiveFrom: IsoDateSchema })),
  }),
  lifecycle: LifecycleView.nullable(),
  contract: ContractSeed.nullable(),
  metrics: z.array(MetricsSeed),
  batch: z.object({ id: z.string(), approvalNo: z.string(), approvalDate: IsoDateSchema }).nullable(),
});
export type PlotDetail = z.infer<typeof PlotDetail>;

export const PlotShape = z.object({ id: z.string(), zoneId: z.string(), geometry: AreaGeometry });
export type PlotShape = z.infer<typeof PlotShape>;

export const MapLayers = z.object({
  counties: z.array(z.object({ name: z.string(), boundary: AreaGeometry })),
  batches: z.array(z.object({ id: z.string(), approvalNo: z.string(), zoneId: z.string(), geometry: AreaGeometry })),
});
export type MapLayers = z.infer<typeof MapLayers>;

export const BatchView = z.object({
  id: z.string(),
  approvalNo: z.string(),
  approvalDate: IsoDateSchema,
  zoneId: z.string(),
  approvedAreaM2: z.number(),
  withdrawnAreaM2: z.number(),
  suppliedAreaM2: z.number(),
  unsuppliedAreaM2: z.number(),
  unsuppliedMu: z.number(),
  supplyRate: z.number(),
  ageYears: z.number(),
  bucket: AgeBucket,
});
export type BatchView = z.infer<typeof BatchView>;

export const AppInfo = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'http']),
  today: IsoDateSchema,
  dataset: z.object({ illustrative: z.boolean(), note: Bilingual }),
  ruleSet: RuleSetSummary,
  databasePath: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;
