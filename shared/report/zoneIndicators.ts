import { Metric } from '../domain/enums';
import type { Finding } from '../rules/evaluate';
import { ruleApplies } from '../rules/evaluate';
import { sumsOver } from '../rules/aggregates';
import type { Rule } from '../rules/ruleSetSchema';
import type { ZoneRef } from '../domain/storedPlot';
import { ProjectType } from '../domain/enums';
import type { MetricTally } from './reportViews';

/** Σ footprint / Σ land × 100 over the plots with a footprint: a ratio of sums, like every zone aggregate. */
export function zoneBuildingDensity(plots: readonly { landAreaM2: number; buildingFootprintM2: number | null }[]): number | null {
  const footprint = sumsOver(plots, (p) => p.buildingFootprintM2);
  return footprint.landM2 > 0 ? (footprint.value / footprint.landM2) * 100 : null;
}

export function tallyFindings(findingsPerPlot: readonly (readonly Finding[])[]): MetricTally[] {
  return Metric.options.map((metric) => {
    const t = { metric, pass: 0, fail: 0, missing: 0 };
    for (const findings of findingsPerPlot)
      for (const f of findings) {
        if (f.metric !== metric) continue;
        if (f.result === 'pass') t.pass += 1;
        else if (f.result === 'fail') t.fail += 1;
        else if (f.result === 'missing') t.missing += 1;
      }
    return t;
  });
}

/** The project types a rule applies to in a given zone. */
export function projectTypesInZone(rule: Rule, zone: Pick<ZoneRef, 'level' | 'location'>): ProjectType[] {
  return ProjectType.options.filter((projectType) =>
    ruleApplies(rule, {
      id: '',
      projectType,
      zoneLevel: zone.level,
      zoneLocation: zone.location,
      operating: true,
      landAreaM2: 1,
      floorAreaM2: null,
      buildingFootprintM2: null,
      fixedInvestmentWan: null,
      annualTaxWan: null,
    }),
  );
}
