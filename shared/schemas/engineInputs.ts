import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { ProjectType, ZoneLevel, ZoneLocation } from '../domain/enums';

const Id = z.union([z.string().min(1), z.number().finite()]).transform(String);
const Amount = z.number().finite().nonnegative().nullable().default(null);
const Share = z.number().finite().min(0).max(1).nullable().default(null);
const OptionalDate = IsoDateSchema.nullable().default(null);

/** `evaluate --input`: one plot (cli-contract.md). Unknown amounts are null. */
export const EvaluateInputPlot = z.object({
  id: Id,
  zoneLevel: ZoneLevel,
  zoneLocation: ZoneLocation,
  projectType: ProjectType,
  landAreaM2: z.number().finite().positive(),
  floorAreaM2: Amount,
  buildingFootprintM2: Amount,
  fixedInvestmentWan: Amount,
  annualTaxWan: Amount,
  operating: z.boolean().default(false),
});
export type EvaluateInputPlot = z.output<typeof EvaluateInputPlot>;

/** `lifecycle --input`: one supplied plot. */
export const LifecycleInputPlot = z.object({
  id: Id,
  agreedStartDate: IsoDateSchema,
  actualStartDate: OptionalDate,
  agreedCompletionDate: OptionalDate,
  actualCompletionDate: OptionalDate,
  suspendedSince: OptionalDate,
  developedAreaShare: Share,
  investedShare: Share,
  governmentCause: z.boolean().default(false),
  landPriceWan: Amount,
});
export type LifecycleInputPlot = z.output<typeof LifecycleInputPlot>;

/** `unsupplied --input`: one approval batch with its supplies. */
export const UnsuppliedInputBatch = z.object({
  id: Id,
  approvedDate: IsoDateSchema,
  approvedAreaM2: z.number().finite().positive(),
  withdrawnAreaM2: z.number().finite().nonnegative().default(0),
  supplies: z.array(z.object({ date: IsoDateSchema, areaM2: z.number().finite().nonnegative() })).default([]),
});
export type UnsuppliedInputBatch = z.output<typeof UnsuppliedInputBatch>;
