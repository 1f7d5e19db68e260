import type { IsoDate } from '../domain/dates';
import type { AggregatePlot } from './aggregates';
import type { CanonicalPlot } from '../domain/plotRecord';
import type { StoredPlot, ZoneRef } from '../domain/storedPlot';
import type { MetricsSeed } from '../schemas/seed';
import type { EvaluationStatus } from '../domain/enums';
import { evaluatePlot, evaluationStatus, type Evaluation, type EvaluationInput } from './evaluate';
import { lifecycleStatusOf, type LifecycleCore } from './lifecycle';
import type { LocalParameters } from './localParameters';
import { pickMetricsYear } from './metricsYear';
import type { RuleSet } from './ruleSetSchema';

export interface Assessment {
  canonical: CanonicalPlot;
  metricsRow: MetricsSeed | null;
  status: EvaluationStatus;
  failedRules: string[];
  /** The full evaluation with explained findings, built on first read (lists and aggregates need only `status`). */
  readonly evaluation: Evaluation;
  /** Null while the plot has no contract dated on or before the as-of date. */
  lifecycle: LifecycleCore | null;
  /** On the books as of the date: contract signed by then, or no contract recorded (date unknown). */
  supplied: boolean;
}

/** Applies the engine to a stored plot (or a seed plot: the outline is not needed) as of a date: the same functions the stateless CLI commands use. */
export function assessPlot(plot: Omit<StoredPlot, 'bbox'>, zone: ZoneRef, ruleSet: RuleSet, params: LocalParameters, asOf: IsoDate): Assessment {
  const row = pickMetricsYear(plot.metrics, asOf);
  const c = plot.contract;
  const canonical: CanonicalPlot = {
    parcelNo: plot.parcelNo,
    supervisionNo: plot.supervisionNo,
    landUser: plot.landUser,
    creditCode: plot.creditCode,
    zoneId: plot.zoneId,
    zoneName: zone.name,
    projectType: plot.projectType,
    landUseCode: plot.landUseCode,
    industryCode: plot.industryCode,
    landAreaM2: plot.landAreaM2,
    floorAreaM2: row?.floorAreaM2 ?? null,
    buildingFootprintM2: row?.buildingFootprintM2 ?? null,
    fixedInvestmentWan: row?.fixedInvestmentWan ?? null,
    annualTaxWan: row?.annualTaxWan ?? null,
    operating: row?.operating ?? false,
    contractDate: c?.contractDate ?? null,
    landPriceWan: c?.landPriceWan ?? null,
    agreedStartDate: c?.agreedStartDate ?? null,
    agreedCompletionDate: c?.agreedCompletionDate ?? null,
    actualStartDate: c?.actualStartDate ?? null,
    actualCompletionDate: c?.actualCompletionDate ?? null,
    suspendedSince: c?.suspendedSince ?? null,
    developedAreaShare: c?.developedAreaShare ?? null,
    investedShare: c?.investedShare ?? null,
    governmentCause: c?.governmentCause ?? false,
    batchId: plot.batchId,
  };
  const input: EvaluationInput = {
    id: plot.id,
    zoneLevel: zone.level,
    zoneLocation: zone.location,
    projectType: plot.projectType,
    landAreaM2: plot.landAreaM2,
    floorAreaM2: canonical.floorAreaM2,
    buildingFootprintM2: canonical.buildingFootprintM2,
    fixedInvestmentWan: canonical.fixedInvestmentWan,
    annualTaxWan: canonical.annualTaxWan,
    operating: canonical.operating,
  };
  const supplied = c === null || c.contractDate <= asOf;
  const lifecycle = c !== null && c.contractDate <= asOf ? lifecycleStatusOf(c, plot.id, asOf, ruleSet.lifecycle, params) : null;
  return new LazyAssessment(canonical, row, input, ruleSet, lifecycle, supplied);
}

/** A class (not an object literal with a getter) keeps 100k assessments on V8's fast path. */
class LazyAssessment implements Assessment {
  readonly status: EvaluationStatus;
  readonly failedRules: string[];
  private full: Evaluation | null = null;

  constructor(
    readonly canonical: CanonicalPlot,
    readonly metricsRow: MetricsSeed | null,
    private readonly input: EvaluationInput,
    private readonly ruleSet: RuleSet,
    readonly lifecycle: LifecycleCore | null,
    readonly supplied: boolean,
  ) {
    const judged = evaluationStatus(input, ruleSet);
    this.status = judged.status;
    this.failedRules = judged.failedRules;
  }

  get evaluation(): Evaluation {
    return (this.full ??= evaluatePlot(this.input, this.ruleSet));
  }
}

/** What zone aggregates need of an assessed plot. */
export function aggregateInput(a: Assessment): AggregatePlot {
  const c = a.canonical;
  return {
    landAreaM2: c.landAreaM2,
    floorAreaM2: c.floorAreaM2,
    fixedInvestmentWan: c.fixedInvestmentWan,
    annualTaxWan: c.annualTaxWan,
    operating: c.operating,
    status: a.status,
    lifecycle: a.lifecycle?.status ?? null,
  };
}
