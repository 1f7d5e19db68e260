import { m2ToMu } from '../domain/units';
import { onBooks, rowOf, yearStart, type BenchmarkPlot } from './benchmarkPlots';
import type { GradingIndicator } from './benchmarkSettings';

export const UNGRADED_REASONS = ['under-construction', 'new', 'below-size', 'no-data'] as const;
export type UngradedReason = (typeof UNGRADED_REASONS)[number];

/** One enterprise (統一社会信用代码) in one year, across all its plots and zones. */
export interface EnterpriseYear {
  creditCode: string;
  landUser: string;
  zoneIds: string[];
  plotIds: string[];
  /** All land it holds on the books at the year's end (亩). */
  landAreaMu: number;
  /** The land its 亩均 figures are over: plots operating in the year, or idle past their agreed completion. */
  evaluatedAreaMu: number;
  aboveSize: boolean;
  outputWan: number;
  taxWan: number;
  addedValueWan: number;
  employees: number;
  indicators: Record<GradingIndicator, number | null>;
  ungradedReason: UngradedReason | null;
}

interface Acc {
  first: BenchmarkPlot;
  plots: BenchmarkPlot[];
}

/**
 * Enterprises by credit code for a year, with the indicators of domain.md §7 the data holds (亩均税收, 亩均增加值,
 * 全员劳动生产率 = added value per employee) and whether they are graded:
 * - under-construction: no plot operating nor past its agreed completion (a new project is not judged while it builds);
 * - no-data: an operating plot lacks its tax figure;
 * - new: every operating plot was completed during the year (less than a full year of production);
 * - below-size: 规下 (output < the threshold) on less than the minimum area (Henan grades 规下 from 5 亩).
 * Plots without a credit code belong to no enterprise and are left out.
 */
export function enterprisesOfYear(
  plots: readonly BenchmarkPlot[],
  year: number,
  rules: { aboveSizeOutputWan: number; belowSizeMinAreaMu: number },
): EnterpriseYear[] {
  const groups = new Map<string, Acc>();
  for (const p of plots) {
    if (p.creditCode === null || !onBooks(p, year)) continue;
    const acc = groups.get(p.creditCode);
    if (acc) acc.plots.push(p);
    else groups.set(p.creditCode, { first: p, plots: [p] });
  }
  const start = yearStart(year);
  return [...groups.entries()].map(([creditCode, { first, plots: own }]) => {
    let landM2 = 0;
    let evaluatedM2 = 0;
    let outputWan = 0;
    let taxWan = 0;
    let addedValueWan = 0;
    let employees = 0;
    let operating = 0;
    let newlyOperating = 0;
    let missingTax = false;
    for (const p of own) {
      landM2 += p.landAreaM2;
      const row = rowOf(p, year);
      const overdue = p.contract?.agreedCompletionDate != null && p.contract.agreedCompletionDate < start;
      if (!row?.operating && !overdue) continue;
      evaluatedM2 += p.landAreaM2;
      if (!row?.operating) continue;
      operating += 1;
      const completed = p.contract?.actualCompletionDate ?? null;
      if (completed !== null && completed >= start) newlyOperating += 1;
      if (row.annualTaxWan === null) missingTax = true;
      outputWan += row.outputWan ?? 0;
      taxWan += row.annualTaxWan ?? 0;
      addedValueWan += row.addedValueWan ?? 0;
      employees += row.employees ?? 0;
    }
    const evaluatedAreaMu = m2ToMu(evaluatedM2);
    const aboveSize = outputWan >= rules.aboveSizeOutputWan;
    const perMu = (v: number) => (evaluatedAreaMu > 0 ? v / evaluatedAreaMu : null);
    let ungradedReason: UngradedReason | null = null;
    if (evaluatedM2 === 0) ungradedReason = 'under-construction';
    else if (missingTax) ungradedReason = 'no-data';
    else if (operating > 0 && newlyOperating === operating) ungradedReason = 'new';
    else if (!aboveSize && evaluatedAreaMu < rules.belowSizeMinAreaMu) ungradedReason = 'below-size';
    return {
      creditCode,
      landUser: first.landUser ?? '',
      zoneIds: [...new Set(own.map((p) => p.zoneId))],
      plotIds: own.map((p) => p.id),
      landAreaMu: m2ToMu(landM2),
      evaluatedAreaMu,
      aboveSize,
      outputWan,
      taxWan,
      addedValueWan,
      employees,
      indicators: {
        taxPerMu: perMu(taxWan),
        addedValuePerMu: perMu(addedValueWan),
        laborProductivity: employees > 0 ? addedValueWan / employees : null,
      },
      ungradedReason,
    };
  });
}
