import type { REPORT_METHODS } from '../../../shared/api/methods/report';
import type { BatchView } from '../../../shared/api/views';
import { bboxOf } from '../../../shared/domain/geometry';
import { reportedBatches } from '../../../shared/report/batchList';
import { compareOverdue, isReportedOverdue } from '../../../shared/report/overdueList';
import { sumVersionsUsed } from '../../../shared/report/versionsUsed';
import { DEFAULT_REPORT_SETTINGS, ReportSettings, type IdlePlot, type NoncompliantPlot, type ReportPlot, type ZoneReport } from '../../../shared/report/reportViews';
import type { RuleSet } from '../../../shared/rules/ruleSetSchema';
import { metricValue } from '../../../shared/rules/metrics';
import { projectTypesInZone, tallyFindings, zoneBuildingDensity } from '../../../shared/report/zoneIndicators';
import { appendAudit } from '../../db/audit';
import { loadPlotGeometries } from '../../db/queries/plots';
import { loadAppliedRuleSets, loadLocalParameters } from '../../db/queries/ruleSets';
import { ruleSetInForce } from '../../../shared/rules/ruleSetInForce';
import { readSetting, writeSetting } from '../../db/settings';
import { assessAllPlots, assessBatches, summarizeZones } from '../../services/assessments';
import { ruleSetSummary } from '../../services/ruleSetSummary';
import { NotFoundError } from '../errors';
import { datasetNotice, toBatchView } from './core';
import type { HandlerMap } from '../types';

const REPORT_SETTINGS_KEY = 'report.signoff';

/** The versions that judged the given plots, oldest effective-from first, each with its number of plots. */
function versionsUsed(judgedBy: readonly RuleSet[]): ZoneReport['ruleSetsUsed'] {
  const plotsPerRuleSet = new Map<RuleSet, number>();
  for (const r of judgedBy) plotsPerRuleSet.set(r, (plotsPerRuleSet.get(r) ?? 0) + 1);
  return sumVersionsUsed([...plotsPerRuleSet].map(([r, plotCount]) => ({ ...ruleSetSummary(r), plotCount })));
}

function readReportSettings(db: Parameters<typeof readSetting>[0]): ReportSettings {
  return readSetting(db, REPORT_SETTINGS_KEY, ReportSettings) ?? DEFAULT_REPORT_SETTINGS;
}

export const reportHandlers: HandlerMap<keyof typeof REPORT_METHODS> = {
  'report.zone': ({ db }, { asOf, zoneId }) => {
    const summary = summarizeZones(db, asOf).find((s) => s.zone.id === zoneId);
    if (!summary) throw new NotFoundError(`zone ${zoneId} not found`, `未找到开发区 ${zoneId}`);
    // The version in force on the report's date (a version effective later is not yet the rule set of that day).
    const active = ruleSetInForce(loadAppliedRuleSets(db), asOf);
    if (!active) throw new Error('no rule set in the database');
    // The zone's plots from the memoised whole-city assessment the summary above was built on (same order: parcel number).
    const assessed = assessAllPlots(db, asOf).filter((p) => p.plot.zoneId === zoneId && p.assessment.supplied);
    const shapes = new Map(loadPlotGeometries(db, { zoneId }).map((s) => [s.id, s.geometry]));
    const plots: ReportPlot[] = assessed.flatMap(({ plot, assessment: a }) => {
      const geometry = shapes.get(plot.id);
      if (!geometry) return [];
      const ratio = a.evaluation.findings.find((f) => f.metric === 'plot-ratio')?.value;
      const plotRatio = ratio ?? metricValue('plot-ratio', a.canonical);
      return [{ id: plot.id, parcelNo: plot.parcelNo, landUser: plot.landUser, projectType: plot.projectType, landAreaM2: plot.landAreaM2, status: a.evaluation.status, lifecycle: a.lifecycle?.status ?? null, plotRatio, geometry }];
    });
    const reported = new Set(plots.map((p) => p.id));
    const ruleSetsUsed = versionsUsed(assessed.filter((p) => reported.has(p.plot.id)).map((p) => p.ruleSet));
    const noncompliant: NoncompliantPlot[] = assessed
      .filter((p) => p.assessment.evaluation.status === 'noncompliant')
      .map(({ plot, assessment: a }) => ({
        parcelNo: plot.parcelNo,
        landUser: plot.landUser,
        landAreaM2: plot.landAreaM2,
        failures: a.evaluation.findings
          .filter((f) => f.result === 'fail')
          .map((f) => ({ metric: f.metric, ruleId: f.ruleId, value: f.value, threshold: f.threshold, comparator: f.comparator, unit: f.unit, gap: f.gap })),
      }))
      .sort((x, y) => x.parcelNo.localeCompare(y.parcelNo));
    const idle: IdlePlot[] = assessed
      .flatMap(({ plot, assessment: a }) => {
        const l = a.lifecycle;
        if (!l || !isReportedOverdue(l.status)) return [];
        const c = plot.contract;
        return [{ parcelNo: plot.parcelNo, landUser: plot.landUser, landAreaM2: plot.landAreaM2, lifecycle: l.status, agreedStartDate: c?.agreedStartDate ?? null, agreedCompletionDate: c?.agreedCompletionDate ?? null, idleSince: l.idleSince, reclaimableFrom: l.reclaimableFrom, feeWan: l.feeWan }];
      })
      .sort(compareOverdue);
    const localParameters = loadLocalParameters(db);
    const batches: BatchView[] = reportedBatches(
      assessBatches(db, asOf, localParameters)
        .filter(({ batch }) => batch.zoneId === zoneId)
        .map(toBatchView),
    );
    return {
      asOf,
      zone: { ...summary.zone, bbox: bboxOf(summary.zone.boundary), kpi: summary.kpi },
      ruleSet: {
        ...ruleSetSummary(active),
        rules: active.rules.map((r) => ({
          id: r.id, metric: r.metric, comparator: r.comparator, threshold: r.threshold, requiresOperating: r.requiresOperating,
          projectTypes: projectTypesInZone(r, summary.zone),
          sourceWording: r.sourceWording, note: r.note ?? null,
        })),
        lifecycleSource: active.lifecycle.source,
        idleFeeRate: active.lifecycle.idleFeeRate,
        idleAfterYears: active.lifecycle.idleAfterYears,
        reclaimAfterYears: active.lifecycle.reclaimAfterYears,
      },
      ruleSetsUsed,
      plots,
      indicators: {
        buildingDensity: zoneBuildingDensity(assessed.map((p) => p.assessment.canonical)),
        idleRate: summary.kpi.idleRate,
      },
      tallies: tallyFindings(assessed.map((p) => p.assessment.evaluation.findings)),
      noncompliant,
      idle,
      batches,
      ageBucketYears: localParameters.ageBucketYears,
      settings: readReportSettings(db),
      dataset: datasetNotice(db),
    };
  },
  'report.settings.get': ({ db }) => readReportSettings(db),
  'report.settings.set': ({ db, now }, input) => {
    const before = readReportSettings(db);
    db.transaction(() => {
      writeSetting(db, REPORT_SETTINGS_KEY, input);
      appendAudit(db, now().toISOString(), { actor: 'user', action: 'update', table: 'settings', recordId: REPORT_SETTINGS_KEY, oldValue: before, newValue: input, reason: 'report sign-off' });
    })();
    return readReportSettings(db);
  },
};
