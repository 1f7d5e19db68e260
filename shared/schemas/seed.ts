import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { ProjectType, ZoneLevel, ZoneLocation } from '../domain/enums';
import { AreaGeometry } from '../domain/geometry';

const Share = z.number().min(0).max(1).nullable();

export const SupplyMethod = z.enum(['出让', '划拨', '租赁', '先租后让']);
export type SupplyMethod = z.infer<typeof SupplyMethod>;

export const ZoneSeed = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().min(1),
  nameEn: z.string().min(1),
  level: ZoneLevel,
  location: ZoneLocation,
  /** Why the zone was classed central-city or county (the report does not say; our call, recorded). */
  locationNote: z.string().min(1),
  county: z.string().min(1),
  /** 2023 provincial tier: 1 = revenue > 400 亿 or national, 2 = 200–400 亿, 3 = < 200 亿. */
  tier: z.number().int().min(1).max(3),
  plannedAreaHa: z.number().positive(),
  leadingIndustries: z.array(z.string()),
  boundary: AreaGeometry,
});
export type ZoneSeed = z.infer<typeof ZoneSeed>;

export const ContractSeed = z.object({
  supplyMethod: SupplyMethod,
  contractDate: IsoDateSchema,
  landPriceWan: z.number().nonnegative().nullable(),
  agreedStartDate: IsoDateSchema,
  agreedCompletionDate: IsoDateSchema.nullable(),
  actualStartDate: IsoDateSchema.nullable(),
  actualCompletionDate: IsoDateSchema.nullable(),
  suspendedSince: IsoDateSchema.nullable(),
  developedAreaShare: Share,
  investedShare: Share,
  governmentCause: z.boolean(),
  governmentCauseReason: z.string().nullable(),
  agreedPlotRatioMin: z.number().nonnegative().nullable(),
  agreedPlotRatioMax: z.number().nonnegative().nullable(),
  committedInvestmentWan: z.number().nonnegative().nullable(),
});
export type ContractSeed = z.infer<typeof ContractSeed>;

export const MetricsSeed = z.object({
  year: z.number().int().min(1990).max(2100),
  operating: z.boolean(),
  floorAreaM2: z.number().nonnegative().nullable(),
  buildingFootprintM2: z.number().nonnegative().nullable(),
  fixedInvestmentWan: z.number().nonnegative().nullable(),
  annualTaxWan: z.number().nonnegative().nullable(),
  outputWan: z.number().nonnegative().nullable(),
  addedValueWan: z.number().nullable(),
  employees: z.number().int().nonnegative().nullable(),
});
export type MetricsSeed = z.infer<typeof MetricsSeed>;

export const PlotSeed = z.object({
  id: z.string().uuid(),
  parcelNo: z.string().min(1),
  supervisionNo: z.string().min(1).max(20),
  zoneId: z.string().min(1),
  projectName: z.string().min(1),
  landUser: z.string().min(1),
  creditCode: z.string().length(18),
  landUseCode: z.string().min(4),
  industryCode: z.string().min(2),
  projectType: ProjectType,
  landAreaM2: z.number().positive(),
  geometry: AreaGeometry,
  batchId: z.string().nullable(),
  contract: ContractSeed,
  metrics: z.array(MetricsSeed),
});
export type PlotSeed = z.infer<typeof PlotSeed>;

export const BatchSeed = z.object({
  id: z.string().min(1),
  approvalNo: z.string().min(1),
  approvalDate: IsoDateSchema,
  zoneId: z.string().min(1),
  approvedAreaM2: z.number().positive(),
  withdrawnAreaM2: z.number().nonnegative(),
  geometry: AreaGeometry,
});
export type BatchSeed = z.infer<typeof BatchSeed>;

export const CountySeed = z.object({ name: z.string().min(1), adcode: z.string().min(1), boundary: AreaGeometry });
export type CountySeed = z.infer<typeof CountySeed>;

export const Dataset = z.object({
  meta: z.object({
    generator: z.string(),
    seed: z.number().int(),
    /** Lifecycle states were laid out relative to this date; tests evaluate the dataset as of it. */
    referenceDate: IsoDateSchema,
    illustrative: z.literal(true),
    note: z.object({ zh: z.string(), en: z.string() }),
    countySource: z.string(),
  }),
  zones: z.array(ZoneSeed).length(8),
  counties: z.array(CountySeed),
  batches: z.array(BatchSeed),
  plots: z.array(PlotSeed),
});
export type Dataset = z.infer<typeof Dataset>;
