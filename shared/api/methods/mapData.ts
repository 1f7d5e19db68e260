import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { PlotColumns } from '../columnar/plotColumns';

/**
 * Map and table data at city / province scale: every plot's row and shape in one columnar answer
 * (see columnar/plotColumns.ts), instead of plots.list + plots.shapes as 100k JSON objects.
 */
export const MAP_DATA_METHODS = {
  'plots.columns': { input: z.object({ asOf: IsoDateSchema }).strict(), output: PlotColumns },
} as const;
