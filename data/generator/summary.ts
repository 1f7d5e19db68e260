/** The dataset seen through the shared engine as of its reference date: what the app will show. */
import type { EvaluationStatus, LifecycleStatus } from '../../shared/domain/enums';
import { aggregateZone, type AggregatePlot, type ZoneAggregate } from '../../shared/rules/aggregates';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { evaluatePlot } from '../../shared/rules/evaluate';
import { lifecycleOf } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { pickMetricsYear } from '../../shared/rules/metricsYear';
import { unsuppliedOf, type UnsuppliedResult } from '../../shared/rules/unsupplied';
import type { Dataset, PlotSeed, ZoneSeed } from '../../shared/schemas/seed';

export interface PlotView {
  plot: PlotSeed;
  status: EvaluationStatus;
  lifecycle: LifecycleStatus;
  aggregate: AggregatePlot;
}

export function viewPlot(plot: PlotSeed, zone: ZoneSeed, asOf: string): PlotView {
  const row = pickMetricsYear(plot.metrics, asOf);
  const inputs = {
    landAreaM2: plot.landAreaM2,
    floorAreaM2: row?.floorAreaM2 ?? null,
    buildingFootprintM2: row?.buildingFootprintM2 ?? null,
    fixedInvestmentWan: row?.fixedInvestmentWan ?? null,
    annualTaxWan: row?.annualTaxWan ?? null,
    operating: row?.operating ?? false,
  };
  const evaluation = evaluatePlot(
    { id: plot.id, zoneLevel: zone.level, zoneLocation: zone.location, projectType: plot.projectType, ...inputs },
    CLIENT_REPORT_RULE_SET,
  );
  const lifecycle = lifecycleOf(
    { id: plot.id, ...plot.contract, landPriceWan: plot.contract.landPriceWan },
    asOf,
    CLIENT_REPORT_RULE_SET.lifecycle,
    DEFAULT_LOCAL_PARAMETERS,
  ).status;
  return {
    plot,
    status: evaluation.status,
    lifecycle,
    aggregate: { ...inputs, status: evaluation.status, lifecycle },
  };
}

export function batchResults(ds: Dataset, asOf: string): UnsuppliedResult[] {
  return ds.batches.map((b) =>
    unsuppliedOf(
      {
        id: b.id,
        approvedDate: b.approvalDate,
        approvedAreaM2: b.approvedAreaM2,
        withdrawnAreaM2: b.withdrawnAreaM2,
        supplies: ds.plots.filter((p) => p.batchId === b.id).map((p) => ({ date: p.contract.contractDate, areaM2: p.landAreaM2 })),
      },
      asOf,
      DEFAULT_LOCAL_PARAMETERS,
    ),
  );
}

export interface ZoneSummary {
  zone: ZoneSeed;
  views: PlotView[];
  aggregate: ZoneAggregate;
}

/** Per-zone views and aggregates, counting plots contracted on or before the as-of date. */
export function summarise(ds: Dataset, asOf = ds.meta.referenceDate): ZoneSummary[] {
  const batches = batchResults(ds, asOf);
  return ds.zones.map((zone) => {
    const views = ds.plots.filter((p) => p.zoneId === zone.id && p.contract.contractDate <= asOf).map((p) => viewPlot(p, zone, asOf));
    const zoneBatches = ds.batches.filter((b) => b.zoneId === zone.id);
    const results = batches.filter((r) => zoneBatches.some((b) => b.id === r.id));
    const approved = zoneBatches.reduce((s, b) => s + b.approvedAreaM2, 0);
    return { zone, views, aggregate: aggregateZone(views.map((v) => v.aggregate), results, approved) };
  });
}
