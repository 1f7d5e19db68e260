import type { LifecycleStatus } from '../../../shared/domain/enums';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import { NotFoundError } from '../../api/errors';
import type { Db } from '../../db/connection';
import { loadPlotGeometries, parcelNoOf } from '../../db/queries/plots';
import { assessPlots, type AssessedPlot, type EngineContext } from '../assessments';

/** One plot through the engine as of a date (the same path as plots.get); pass `ctx` when assessing several in one request. */
export function assessOne(db: Db, plotId: string, asOf: string, ctx?: EngineContext): AssessedPlot {
  const found = assessPlots(db, asOf, { id: plotId }, ctx)[0];
  if (!found) throw new NotFoundError(`plot ${plotId} not found`, `未找到宗地 ${plotId}`);
  return found;
}

export function lifecycleStatusOf(db: Db, plotId: string, asOf: string): LifecycleStatus | null {
  return assessOne(db, plotId, asOf).assessment.lifecycle?.status ?? null;
}

export function plotGeometry(db: Db, plotId: string): AreaGeometry {
  const g = loadPlotGeometries(db, { id: plotId })[0]?.geometry;
  if (!g) throw new NotFoundError(`plot ${plotId} not found`, `未找到宗地 ${plotId}`);
  return g;
}

/** How a Chinese message names a plot: its 宗地编号 (what a clerk knows), then the id the caller sent. */
export function plotNameZh(db: Db, plotId: string): string {
  const parcelNo = parcelNoOf(db, plotId);
  return parcelNo === null ? `宗地 ${plotId}` : `宗地 ${parcelNo}（${plotId}）`;
}
