import type { IsoDate } from '../../shared/domain/dates';
import type { StoredPlot } from '../../shared/domain/storedPlot';
import { aggregateZone, type ZoneAggregate } from '../../shared/rules/aggregates';
import { aggregateInput, assessPlot, type Assessment } from '../../shared/rules/assess';
import type { LocalParameters } from '../../shared/rules/localParameters';
import { ruleSetDateOf, ruleSetInForce } from '../../shared/rules/ruleSetInForce';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import { unsuppliedOf, type UnsuppliedResult } from '../../shared/rules/unsupplied';
import { unsuppliedRatesOf, type UnsuppliedRates } from '../../shared/rules/unsuppliedRates';
import type { Db } from '../db/connection';
import { loadBatches, type BatchRecord } from '../db/queries/batches';
import { loadPlots, type PlotFilter } from '../db/queries/plots';
import { loadAppliedRuleSets, loadLocalParameters } from '../db/queries/ruleSets';
import { loadZones, type ZoneRecord } from '../db/queries/zones';
import { cachedRead } from './assessmentCache';

export interface AssessedPlot {
  plot: StoredPlot;
  zone: ZoneRecord;
  ruleSet: RuleSet;
  assessment: Assessment;
}

export interface EngineContext {
  zones: ZoneRecord[];
  ruleSets: RuleSet[];
  params: LocalParameters;
}

export function loadEngineContext(db: Db): EngineContext {
  return { zones: loadZones(db), ruleSets: loadAppliedRuleSets(db), params: loadLocalParameters(db) };
}

export function assessPlots(db: Db, asOf: IsoDate, filter: PlotFilter = {}, ctx = loadEngineContext(db)): AssessedPlot[] {
  const zones = new Map(ctx.zones.map((z) => [z.id, z]));
  return loadPlots(db, filter).map((plot) => {
    const zone = zones.get(plot.zoneId);
    if (!zone) throw new Error(`plot ${plot.parcelNo} refers to unknown zone ${plot.zoneId}`);
    const ruleSet = ruleSetInForce(ctx.ruleSets, ruleSetDateOf(plot.contract?.contractDate, asOf));
    if (!ruleSet) throw new Error('no rule set in the database');
    return { plot, zone, ruleSet, assessment: assessPlot(plot, zone, ruleSet, ctx.params, asOf) };
  });
}

/** Every plot assessed as of the date, memoised until the database changes (zones.list and plots.columns share it). */
export function assessAllPlots(db: Db, asOf: IsoDate, ctx?: EngineContext): AssessedPlot[] {
  return cachedRead(db, 'assessPlots', asOf, () => assessPlots(db, asOf, {}, ctx));
}

export interface AssessedBatch {
  batch: BatchRecord;
  result: UnsuppliedResult;
}

export function assessBatches(db: Db, asOf: IsoDate, params: LocalParameters): AssessedBatch[] {
  return loadBatches(db)
    .filter((b) => b.approvedDate <= asOf)
    .map((batch) => ({ batch, result: unsuppliedOf(batch, asOf, params) }));
}

export interface ZoneSummary {
  zone: ZoneRecord;
  kpi: ZoneAggregate & { unsuppliedRates: UnsuppliedRates };
}

/** Zone aggregates as of a date over the plots supplied by then and the batches approved by then. */
export function summarizeZones(db: Db, asOf: IsoDate): ZoneSummary[] {
  return cachedRead(db, 'summarizeZones', asOf, () => computeZoneSummaries(db, asOf));
}

function computeZoneSummaries(db: Db, asOf: IsoDate): ZoneSummary[] {
  const ctx = loadEngineContext(db);
  const plots = assessAllPlots(db, asOf, ctx).filter((p) => p.assessment.supplied);
  const batches = assessBatches(db, asOf, ctx.params);
  return ctx.zones.map((zone) => {
    const zonePlots = plots.filter((p) => p.zone.id === zone.id);
    const zoneBatches = batches.filter((b) => b.batch.zoneId === zone.id);
    const approved = zoneBatches.reduce((s, b) => s + b.batch.approvedAreaM2, 0);
    const kpi = aggregateZone(
      zonePlots.map((p) => aggregateInput(p.assessment)),
      zoneBatches.map((b) => b.result),
      approved,
    );
    return { zone, kpi: { ...kpi, unsuppliedRates: unsuppliedRatesOf(zoneBatches.map((b) => b.batch), asOf) } };
  });
}
