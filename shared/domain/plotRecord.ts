import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { ProjectType } from './enums';

const nullableNumber = z.number().finite().nullable();

/** The canonical plot properties of cli-contract.md: `plots --json`, GeoJSON export and import share them. */
export const CanonicalPlot = z.object({
  parcelNo: z.string().min(1),
  supervisionNo: z.string().nullable(),
  landUser: z.string().nullable(),
  creditCode: z.string().nullable(),
  zoneId: z.string().min(1),
  zoneName: z.string(),
  projectType: ProjectType,
  landUseCode: z.string().nullable(),
  industryCode: z.string().nullable(),
  landAreaM2: z.number().positive(),
  floorAreaM2: nullableNumber,
  buildingFootprintM2: nullableNumber,
  fixedInvestmentWan: nullableNumber,
  annualTaxWan: nullableNumber,
  operating: z.boolean(),
  contractDate: IsoDateSchema.nullable(),
  landPriceWan: nullableNumber,
  agreedStartDate: IsoDateSchema.nullable(),
  agreedCompletionDate: IsoDateSchema.nullable(),
  actualStartDate: IsoDateSchema.nullable(),
  actualCompletionDate: IsoDateSchema.nullable(),
  suspendedSince: IsoDateSchema.nullable(),
  developedAreaShare: nullableNumber,
  investedShare: nullableNumber,
  governmentCause: z.boolean(),
  batchId: z.string().nullable(),
});
export type CanonicalPlot = z.infer<typeof CanonicalPlot>;

export const CANONICAL_PLOT_KEYS = Object.keys(CanonicalPlot.shape) as (keyof CanonicalPlot)[];
