/** The dataset seen through the shared engine as of its reference date: what the app will show. */
import { aggregateZone, type ZoneAggregate } from '../../shared/rules/aggregates';
import { aggregateInput, assessPlot } from '../../shared/rules/assess';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { unsuppliedOf, type UnsuppliedResult } from '../../shared/rules/unsupplied';
import type { Dataset, ZoneSeed } from '../../shared/schemas/seed';

function batchResults(ds: Dataset, asOf: string): UnsuppliedResult[] {
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
  aggregate: ZoneAggregate;
}

/** Per-zone aggregates, counting plots contracted on or before the as-of date. */
export function summarise(ds: Dataset, asOf = ds.meta.referenceDate): ZoneSummary[] {
  const batches = batchResults(ds, asOf);
  return ds.zones.map((zone) => {
    const plots = ds.plots
      .filter((p) => p.zoneId === zone.id && p.contract.contractDate <= asOf)
      .map((p) => aggregateInput(assessPlot(p, zone, CLIENT_REPORT_RULE_SET, DEFAULT_LOCAL_PARAMETERS, asOf)));
    const zoneBatches = ds.batches.filter((b) => b.zoneId === zone.id);
    const results = batches.filter((r) => zoneBatches.some((b) => b.id === r.id));
    const approved = zoneBatches.reduce((s, b) => s + b.approvedAreaM2, 0);
    return { zone, aggregate: aggregateZone(plots, results, approved) };
  });
}
