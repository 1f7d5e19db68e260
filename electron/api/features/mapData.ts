import { encodePlotColumns } from '../../../shared/api/columnar/plotColumns';
import type { MAP_DATA_METHODS } from '../../../shared/api/methods/mapData';
import { loadPlotGeometries } from '../../db/queries/plots';
import { cachedRead } from '../../services/assessmentCache';
import { assessAllPlots } from '../../services/assessments';
import type { HandlerMap } from '../types';
import { toPlotRow } from './core';

export const mapDataHandlers: HandlerMap<keyof typeof MAP_DATA_METHODS> = {
  'plots.columns': ({ db }, { asOf }) =>
    cachedRead(db, 'plots.columns', asOf, () => {
      const rows = assessAllPlots(db, asOf).map(toPlotRow);
      const geometries = new Map(loadPlotGeometries(db).map((g) => [g.id, g.geometry]));
      return encodePlotColumns(
        rows,
        rows.map((r) => {
          const g = geometries.get(r.id);
          if (!g) throw new Error(`plot ${r.parcelNo} has no geometry`);
          return g;
        }),
      );
    }),
};
