import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { AppInfo, BatchView, MapLayers, PlotDetail, PlotRow, PlotShape, ZoneView } from '../views';

export const AsOf = z.object({ asOf: IsoDateSchema });

export const CORE_METHODS = {
  'app.info': { input: z.object({}).strict(), output: AppInfo },
  'zones.list': { input: AsOf.strict(), output: z.array(ZoneView) },
  'plots.list': { input: AsOf.extend({ zoneId: z.string().min(1).optional() }).strict(), output: z.array(PlotRow) },
  /** `ruleSetVersion`: judge the plot under that stored version of its rule set instead of the one in force at its contract date (a what-if; nothing is stored). */
  'plots.get': { input: AsOf.extend({ id: z.string().min(1), ruleSetVersion: z.number().int().positive().optional() }).strict(), output: PlotDetail },
  'plots.shapes': { input: z.object({ zoneId: z.string().min(1).optional() }).strict(), output: z.array(PlotShape) },
  'map.layers': { input: z.object({}).strict(), output: MapLayers },
  'batches.list': { input: AsOf.strict(), output: z.array(BatchView) },
} as const;
