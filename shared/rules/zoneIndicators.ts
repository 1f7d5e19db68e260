import { m2ToMu } from '../domain/units';
import { enterpriseKey, enterpriseOutputs, newInvestmentOf, onBooks, rowOf, type BenchmarkPlot } from './benchmarkPlots';
import type { RankingIndicator } from './benchmarkSettings';

export type IndicatorValues = Record<RankingIndicator, number | null>;

export interface ZoneYearFigures {
  indicators: IndicatorValues;
  /** Σ output of the zone's operating plots in the year (万元): the dataset's view of zone revenue. */
  outputWan: number;
  /** Plots on the books with a metrics row for the year. */
  plotCount: number;
  landAreaMu: number;
}

/** Σ numerator / Σ 亩 over the plots that have the figure: ratios of sums, never means of ratios (domain.md §6). */
class RatioOfSums {
  private value = 0;
  private landM2 = 0;
  add(value: number | null, landM2: number): void {
    if (value === null) return;
    this.value += value;
    this.landM2 += landM2;
  }
  perMu(): number | null {
    return this.landM2 > 0 ? this.value / m2ToMu(this.landM2) : null;
  }
}

/**
 * The four indicators of 豫政办〔2023〕13号 for one zone and year, over the zone's plots on the books at the year's end
 * that have a metrics row for the year:
 * - 亩均税收: Σ tax / Σ 亩 over operating plots with a tax figure (as `summary`);
 * - 亩均规上增加值: Σ added value of 规上 enterprises' plots / Σ 亩 of all operating plots with an added-value figure;
 * - 亩均新增固定资产投资: Σ (cumulative investment − last year's) / Σ 亩 over plots where the increase is known;
 * - 综合容积率: Σ floor area / Σ land area over plots with a floor area (as `summary`).
 */
export function zoneYearFigures(
  zonePlots: readonly BenchmarkPlot[],
  year: number,
  context: { firstDataYear: number; aboveSizeOutputWan: number; outputs: Map<string, number> },
): ZoneYearFigures {
  const tax = new RatioOfSums();
  const added = new RatioOfSums();
  const invest = new RatioOfSums();
  let floor = 0;
  let floorLandM2 = 0;
  let outputWan = 0;
  let plotCount = 0;
  let landM2 = 0;
  for (const p of zonePlots) {
    const row = rowOf(p, year);
    if (row === null || !onBooks(p, year)) continue;
    plotCount += 1;
    landM2 += p.landAreaM2;
    const m2 = p.landAreaM2;
    if (row.operating) {
      tax.add(row.annualTaxWan, m2);
      const aboveSize = (context.outputs.get(enterpriseKey(p)) ?? 0) >= context.aboveSizeOutputWan;
      if (row.addedValueWan !== null) added.add(aboveSize ? row.addedValueWan : 0, m2);
      outputWan += row.outputWan ?? 0;
    }
    invest.add(newInvestmentOf(p, year, context.firstDataYear), m2);
    if (row.floorAreaM2 !== null) {
      floor += row.floorAreaM2;
      floorLandM2 += p.landAreaM2;
    }
  }
  return {
    indicators: {
      taxPerMu: tax.perMu(),
      addedValuePerMu: added.perMu(),
      newInvestmentPerMu: invest.perMu(),
      plotRatio: floorLandM2 > 0 ? floor / floorLandM2 : null,
    },
    outputWan,
    plotCount,
    landAreaMu: m2ToMu(landM2),
  };
}

/** Figures of every zone for every year: the history behind the trend charts and the plan targets. */
export function zoneHistory(
  plots: readonly BenchmarkPlot[],
  zoneIds: readonly string[],
  years: readonly number[],
  aboveSizeOutputWan: number,
): Map<number, Map<string, ZoneYearFigures>> {
  const firstDataYear = Math.min(...years);
  const byZone = new Map<string, BenchmarkPlot[]>(zoneIds.map((id) => [id, []]));
  for (const p of plots) byZone.get(p.zoneId)?.push(p);
  const history = new Map<number, Map<string, ZoneYearFigures>>();
  for (const year of years) {
    const context = { firstDataYear, aboveSizeOutputWan, outputs: enterpriseOutputs(plots, year) };
    history.set(year, new Map(zoneIds.map((id) => [id, zoneYearFigures(byZone.get(id) ?? [], year, context)])));
  }
  return history;
}
