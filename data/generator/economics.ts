/**
 * Roles (exemplar / data gap / ordinary) and the 2025 figures each plot starts from, before calibration scales
 * the ordinary ones to the zone's survey targets.
 */
import { builtBy2025, operatingIn, type Draft } from './draft';
import type { Rng } from './prng';

/** Relative plot ratio and tax by industry: chemical plants spread out, light industry stacks up. */
const RATIO_FACTOR: Record<string, number> = { '25': 0.7, '26': 0.75, '28': 0.9, '29': 0.95, '17': 1.2, '18': 1.35, '19': 1.3, '39': 1.35, '40': 1.3, '27': 1.1 };
const TAX_FACTOR: Record<string, number> = { '25': 1.3, '26': 1.3, '27': 1.2, '39': 1.15, '13': 0.7, '20': 0.6, '21': 0.75, '19': 0.9 };

function pickRoles(drafts: Draft[], rng: Rng): void {
  const zone = drafts[0]?.zone;
  if (!zone) return;
  // Exemplars are smaller plots, so that a weak zone's few good projects do not dominate its averages.
  const bySize = (ds: Draft[]) => ds.sort((a, b) => a.landAreaM2 - b.landAreaM2);
  const recent = bySize(drafts.filter((d) => d.scenario === 'completed-2025'));
  recent.slice(0, 2).forEach((d) => (d.role = 'exemplar'));
  const gap = recent[2];
  if (gap) {
    gap.role = 'gap';
    gap.gapFloor = true;
  }
  if (zone.targetTaxPerMu >= 5) {
    const older = rng.shuffle(bySize(drafts.filter((d) => d.scenario === 'completed' && operatingIn(d, 2025))).slice(0, 20));
    older.slice(0, zone.id === 'jingkai' ? 4 : 2).forEach((d) => (d.role = 'exemplar'));
  }
  for (const d of drafts) {
    if (d.role !== 'ordinary' || !builtBy2025(d)) continue;
    const c = d.timeline.actualCompletionDate ?? '';
    if (c < '2023-01-01' && rng.chance(0.035)) d.ceasedFrom = rng.pick([2024, 2025]);
    d.gapFloor = rng.chance(0.02);
    d.gapInvestment = rng.chance(0.02);
    d.gapTax = operatingIn(d, 2025) && rng.chance(0.015);
  }
}

function drawFigures(d: Draft, rng: Rng): void {
  const z = d.zone;
  const centralRules = z.level === 'national' || z.location === 'central-city';
  if (d.role === 'exemplar' || d.role === 'gap') {
    if (d.projectType === 'standard-factory') {
      d.ratio = centralRules ? rng.float(1.6, 2.2) : rng.float(1.3, 2.0);
      d.density = rng.float(0.42, 0.56);
    } else {
      d.ratio = rng.float(1.05, 1.6);
      d.density = rng.float(0.35, Math.min(0.6, d.ratio));
    }
    d.investmentPerMu = rng.float(250, 420);
    d.taxPerMu = rng.float(16, 32);
    return;
  }
  if (d.projectType === 'standard-factory') {
    // Ordinary standard factories scatter around their threshold: some are built lower than agreed.
    d.ratio = centralRules ? rng.float(1.2, 2.1) : z.targetPlotRatio < 0.45 ? rng.float(0.9, 1.6) : rng.float(1.0, 1.9);
    d.density = rng.float(0.33, 0.56);
  } else {
    // Drawn as an excess over a single-storey minimum of 0.2; calibration scales the excess.
    const excess = Math.max(0.05, z.targetPlotRatio - 0.2) * (RATIO_FACTOR[d.industryCode] ?? 1) * (d.landUseCode === '0604' ? 0.8 : 1);
    d.ratio = 0.2 + rng.logNormal(excess, 0.55);
    d.density = rng.float(0.26, 0.56);
  }
  d.investmentPerMu = rng.logNormal(z.investmentPerMu, 0.3);
  d.taxPerMu = rng.logNormal(z.targetTaxPerMu * (TAX_FACTOR[d.industryCode] ?? 1), 0.75);
}

export function shapeEconomics(drafts: Draft[], rng: Rng): void {
  pickRoles(drafts, rng);
  for (const d of drafts) drawFigures(d, rng);
}
