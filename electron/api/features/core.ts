import type { CORE_METHODS } from '../../../shared/api/methods/core';
import type { BatchView, PlotRow, ZoneView } from '../../../shared/api/views';
import { todayIso } from '../../../shared/domain/dates';
import { bboxOf } from '../../../shared/domain/geometry';
import type { Db } from '../../db/connection';
import { loadBatchRef, loadBatches } from '../../db/queries/batches';
import { loadPlotGeometries } from '../../db/queries/plots';
import { loadAppliedRuleSets, loadLocalParameters } from '../../db/queries/ruleSets';
import { loadCounties } from '../../db/queries/zones';
import { readSetting, SETTING_KEYS } from '../../db/settings';
import { Dataset } from '../../../shared/schemas/seed';
import { assessBatches, assessPlots, loadEngineContext, summarizeZones, type AssessedBatch, type AssessedPlot } from '../../services/assessments';
import { judgeUnderVersion, versionsOf } from '../../services/ruleSetChoice';
import { explainLifecycle } from '../../../shared/rules/lifecycle';
import { ruleSetInForce } from '../../../shared/rules/ruleSetInForce';
import { ruleSetSummary } from '../../services/ruleSetSummary';
import { NotFoundError } from '../errors';
import type { HandlerMap } from '../types';

export function toPlotRow({ plot, assessment: a }: AssessedPlot): PlotRow {
  return {
    ...a.canonical,
    id: plot.id,
    projectName: plot.projectName,
    status: a.status,
    lifecycle: a.lifecycle?.status ?? null,
    supplied: a.supplied,
    failedRules: a.failedRules,
    metricsYear: a.metricsRow?.year ?? null,
    bbox: plot.bbox,
  };
}

export function toBatchView({ batch, result }: AssessedBatch): BatchView {
  return {
    id: batch.id,
    approvalNo: batch.approvalNo,
    approvalDate: batch.approvedDate,
    zoneId: batch.zoneId,
    approvedAreaM2: batch.approvedAreaM2,
    withdrawnAreaM2: batch.withdrawnAreaM2,
    suppliedAreaM2: result.suppliedAreaM2,
    unsuppliedAreaM2: result.unsuppliedAreaM2,
    unsuppliedMu: result.unsuppliedMu,
    supplyRate: result.supplyRate,
    ageYears: result.ageYears,
    bucket: result.bucket,
  };
}

/** Whether the stored data set is illustrative, and its note: what app.info and the zone report show. */
export function datasetNotice(db: Db): { illustrative: boolean; note: { zh: string; en: string } } {
  const meta = readSetting(db, SETTING_KEYS.dataset, Dataset.shape.meta);
  return { illustrative: meta?.illustrative ?? false, note: meta?.note ?? { zh: '', en: '' } };
}

/** One plain function per API method; dependencies come in as arguments (DESIGN.md §2). */
export const coreHandlers: HandlerMap<keyof typeof CORE_METHODS> = {
  'app.info': ({ db, now, transport, databasePath, version }) => {
    const today = todayIso(now());
    // In force today, not the newest: a version effective in the future is not yet the rule set of the day.
    const active = ruleSetInForce(loadAppliedRuleSets(db), today);
    if (!active) throw new Error('no rule set in the database');
    return {
      version,
      transport,
      today,
      dataset: datasetNotice(db),
      ruleSet: ruleSetSummary(active),
      databasePath,
    };
  },
  'zones.list': ({ db }, { asOf }) =>
    summarizeZones(db, asOf).map(
      ({ zone, kpi }): ZoneView => ({ ...zone, bbox: bboxOf(zone.boundary), kpi }),
    ),
  'plots.list': ({ db }, { asOf, zoneId }) => assessPlots(db, asOf, { zoneId }).map(toPlotRow),
  'plots.get': ({ db }, { asOf, id, ruleSetVersion }) => {
    const ctx = loadEngineContext(db);
    const official = assessPlots(db, asOf, { id }, ctx)[0];
    if (!official) throw new NotFoundError(`plot ${id} not found`, `未找到宗地 ${id}`);
    const geometry = loadPlotGeometries(db, { id })[0]?.geometry;
    if (!geometry) throw new NotFoundError(`plot ${id} has no geometry`, `宗地 ${id} 没有图形（宗地界线）`);
    const choice = ruleSetVersion === undefined ? { judged: official, inForce: official.ruleSet, whatIf: false } : judgeUnderVersion(official, ctx, ruleSetVersion, asOf);
    const found = choice.judged;
    const { plot, zone, ruleSet, assessment: a } = found;
    return {
      plot: toPlotRow(found),
      geometry,
      zone: { id: zone.id, name: zone.name, nameEn: zone.nameEn, level: zone.level, location: zone.location },
      evaluation: {
        status: a.evaluation.status,
        ruleSet: ruleSetSummary(ruleSet),
        findings: a.evaluation.findings,
        judgedBy: choice.whatIf ? 'chosen' : 'in-force',
        inForce: ruleSetSummary(choice.inForce),
        versions: versionsOf(ctx, choice.inForce.id),
      },
      lifecycle: a.lifecycle && plot.contract && explainLifecycle(a.lifecycle, plot.contract, ruleSet.lifecycle),
      contract: plot.contract,
      metrics: plot.metrics,
      batch: plot.batchId === null ? null : loadBatchRef(db, plot.batchId),
    };
  },
  'plots.shapes': ({ db }, { zoneId }) => loadPlotGeometries(db, { zoneId }),
  'map.layers': ({ db }) => ({
    counties: loadCounties(db),
    batches: loadBatches(db).flatMap((b) => (b.geometry ? [{ id: b.id, approvalNo: b.approvalNo, zoneId: b.zoneId, geometry: b.geometry }] : [])),
  }),
  'batches.list': ({ db }, { asOf }) => {
    return assessBatches(db, asOf, loadLocalParameters(db)).map(toBatchView);
  },
};
