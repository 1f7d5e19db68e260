import type { GradingReport, RankedZoneView, RankingReport } from '../../shared/api/benchmarkViews';
import type { IsoDate } from '../../shared/domain/dates';
import { BenchmarkSettings, DEFAULT_BENCHMARK_SETTINGS, type PresetId } from '../../shared/rules/benchmarkSettings';
import { chooseBenchmarkYear, yearsWithData } from '../../shared/rules/benchmarkYear';
import { enterprisesOfYear } from '../../shared/rules/enterprises';
import { gradeEnterprises } from '../../shared/rules/grading';
import { trackTargets } from '../../shared/rules/planTargets';
import { rankZones, zoneGroupOf } from '../../shared/rules/ranking';
import { zoneHistory, type ZoneYearFigures } from '../../shared/rules/zoneIndicators';
import type { Db } from '../db/connection';
import { loadReviews } from '../db/queries/enterpriseReviews';
import { loadPlots } from '../db/queries/plots';
import { loadZones, type ZoneRecord } from '../db/queries/zones';
import { readSetting } from '../db/settings';

/** Settings key of zone ranking and enterprise grading (weights, thresholds, presets); absent → the defaults. */
export const BENCHMARK_SETTINGS_KEY = 'benchmark.settings';

/** No year to rank or grade: the English message and its Chinese twin. */
export class BenchmarkYearError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export function loadBenchmarkSettings(db: Db): BenchmarkSettings {
  return readSetting(db, BENCHMARK_SETTINGS_KEY, BenchmarkSettings) ?? DEFAULT_BENCHMARK_SETTINGS;
}

function yearOrThrow(years: number[], asOf: IsoDate, requested: number | undefined): number {
  const choice = chooseBenchmarkYear(years, asOf, requested);
  if (!choice.ok) throw new BenchmarkYearError(choice.message, choice.messageZh);
  return choice.year;
}

function rankYear(zones: ZoneRecord[], figures: Map<string, ZoneYearFigures>, settings: BenchmarkSettings): RankedZoneView[] {
  const inputs = zones.map((z) => {
    const f = figures.get(z.id);
    if (!f) throw new Error(`no figures for zone ${z.id}`);
    return { zone: z, f, group: zoneGroupOf({ level: z.level, tier: z.tier, outputWan: f.outputWan }, settings.ranking) };
  });
  const ranked = new Map(rankZones(inputs.map((i) => ({ id: i.zone.id, group: i.group, indicators: i.f.indicators })), settings.ranking.weights).map((r) => [r.id, r]));
  return inputs
    .map(({ zone, f }) => {
      const r = ranked.get(zone.id);
      if (!r) throw new Error(`zone ${zone.id} not ranked`);
      const { name, shortName, nameEn, level, tier } = zone;
      return { ...r, name, shortName, nameEn, level, tier, outputWan: f.outputWan, plotCount: f.plotCount, landAreaMu: f.landAreaMu };
    })
    .sort((a, b) => (a.group === b.group ? a.rank - b.rank || a.id.localeCompare(b.id) : a.group === 'national-and-large' ? -1 : 1));
}

/** Zones ranked in their groups for the year, with the history of every year and the plan targets. */
export function rankingReport(db: Db, asOf: IsoDate, requested?: number): RankingReport {
  const settings = loadBenchmarkSettings(db);
  const plots = loadPlots(db);
  const zones = loadZones(db);
  const years = yearsWithData(plots);
  const year = yearOrThrow(years, asOf, requested);
  const defaultChoice = chooseBenchmarkYear(years, asOf);
  const history = zoneHistory(plots, zones.map((z) => z.id), years, settings.aboveSizeOutputWan);
  const rankedByYear = new Map(years.map((y) => [y, rankYear(zones, history.get(y) ?? new Map(), settings)]));
  return {
    year,
    years,
    defaultYear: defaultChoice.ok ? defaultChoice.year : null,
    groupBy: settings.ranking.groupBy,
    revenueThresholdWan: settings.ranking.revenueThresholdWan,
    weights: settings.ranking.weights,
    zones: rankedByYear.get(year) ?? [],
    history: years.map((y) => ({
      year: y,
      zones: (rankedByYear.get(y) ?? []).map(({ id, group, score, rank, indicators }) => ({ id, group, score, rank, indicators })),
    })),
    targets: {
      planBaseYear: settings.targets.planBaseYear,
      targetYear: settings.targets.targetYear,
      growth: settings.targets.growth,
      zones: zones.map((z) => ({
        zoneId: z.id,
        tracks: trackTargets(new Map(years.map((y) => [y, history.get(y)?.get(z.id)?.indicators ?? emptyIndicators()])), year, settings.targets),
      })),
    },
  };
}

const emptyIndicators = () => ({ taxPerMu: null, addedValuePerMu: null, newInvestmentPerMu: null, plotRatio: null });

/** Every enterprise (by credit code) of the year, graded by the preset, with its objection / re-check note. */
export function gradingReport(db: Db, asOf: IsoDate, preset: PresetId, requested?: number): GradingReport {
  const settings = loadBenchmarkSettings(db);
  const plots = loadPlots(db);
  const years = yearsWithData(plots);
  const year = yearOrThrow(years, asOf, requested);
  const g = settings.grading;
  const enterprises = enterprisesOfYear(plots, year, { aboveSizeOutputWan: settings.aboveSizeOutputWan, belowSizeMinAreaMu: g.belowSizeMinAreaMu });
  const graded = gradeEnterprises(enterprises, g, preset);
  const reviews = loadReviews(db, year);
  return {
    year,
    years,
    preset,
    classes: g.presets[preset],
    benchmarks: graded.benchmarks,
    weights: g.weights,
    belowSizeWeights: g.belowSizeWeights,
    indicatorCap: g.indicatorCap,
    aboveSizeOutputWan: settings.aboveSizeOutputWan,
    belowSizeMinAreaMu: g.belowSizeMinAreaMu,
    enterprises: graded.enterprises.map((e) => ({ ...e, review: reviews.get(e.creditCode) ?? null })),
  };
}
