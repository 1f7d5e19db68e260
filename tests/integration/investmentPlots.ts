import type { PlotRow } from '../../shared/api/views';
import { metricValue } from '../../shared/rules/metrics';

/**
 * Supplied general plots that pass the investment rule (234 万元/亩) with room to fail a raised threshold (< 400),
 * contracted by `today`, oldest contract first, each with its investment intensity: the plots a new rule version
 * can re-judge.
 */
export function plotsPassingInvestment(rows: readonly PlotRow[], today: string): { p: PlotRow; v: number }[] {
  return rows
    .filter((p) => p.projectType === 'general' && p.status === 'compliant' && p.contractDate !== null && p.contractDate <= today && p.contractDate > '2000-01-01')
    .map((p) => ({ p, v: metricValue('investment-intensity', p) }))
    .filter((x): x is { p: PlotRow; v: number } => x.v !== null && x.v >= 234 && x.v < 400)
    .sort((a, b) => (a.p.contractDate ?? '').localeCompare(b.p.contractDate ?? ''));
}
