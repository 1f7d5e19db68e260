/**
 * Calibration to the report's survey: each zone's Σ floor / Σ land and Σ tax / Σ 亩 (over the plots the shared
 * aggregate counts) equal the zone's target exactly. Work is done in hundredths so the sums are exact integers:
 * Σ floor (m² × 100) = target(×100) × Σ land, and with Σ land ≡ 0 (mod 2000) Σ 亩 = 3 Σ land / 2000 is an integer,
 * so Σ tax (万元 × 100) = target(×100) × Σ 亩 is one too.
 */
import { m2ToMu } from '../../shared/domain/units';
import { builtBy2025, countsForFloor, countsForTax, type Draft } from './draft';

const RATIO_BOUNDS: readonly [number, number] = [0.2, 2.4];
const TAX_BOUNDS: readonly [number, number] = [0.03, 50];
/** Registered areas stay within this share of the geometry's area. */
const AREA_SLACK = 0.002;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));

/** Nudge registered areas of the tax-counted plots so that their total is a multiple of 2000 m². */
function alignTaxLand(drafts: readonly Draft[]): void {
  const counted = drafts.filter(countsForTax).sort((a, b) => b.landAreaM2 - a.landAreaM2);
  const total = sum(counted.map((d) => d.landAreaM2));
  const r = total % 2000;
  let delta = r <= 1000 ? -r : 2000 - r;
  for (const d of counted) {
    if (delta === 0) break;
    const lo = Math.ceil(d.geomAreaM2 * (1 - AREA_SLACK));
    const hi = Math.floor(d.geomAreaM2 * (1 + AREA_SLACK));
    const next = clamp(d.landAreaM2 + delta, [lo, hi]);
    delta -= next - d.landAreaM2;
    d.landAreaM2 = next;
  }
  if (delta !== 0) throw new Error(`${drafts[0]?.zone.id}: cannot align the taxed land to 2000 m²`);
}

/**
 * Scale the free plots' values above a floor (value = lo + (value − lo) × s) so that Σ value × weight = need,
 * keeping each within bounds. Scaling the excess keeps the spread natural instead of piling values on the floor.
 */
function scaleTo(free: readonly Draft[], get: (d: Draft) => number, set: (d: Draft, v: number) => void, weight: (d: Draft) => number, need: number, bounds: readonly [number, number]): void {
  const [lo] = bounds;
  for (let i = 0; i < 60; i += 1) {
    const have = sum(free.map((d) => get(d) * weight(d)));
    if (Math.abs(have - need) <= 1e-9 * Math.abs(need)) return;
    const base = sum(free.map((d) => lo * weight(d)));
    if (need <= base) throw new Error(`${free[0]?.zone.id}: target below the floor of ${lo}`);
    const s = (need - base) / (have - base);
    for (const d of free) set(d, clamp(lo + (get(d) - lo) * s, bounds));
  }
}

function largest(ds: readonly Draft[]): Draft {
  const d = [...ds].sort((a, b) => b.landAreaM2 - a.landAreaM2)[0];
  if (!d) throw new Error('nothing to calibrate');
  return d;
}

function calibrateFloors(drafts: readonly Draft[]): void {
  const zone = drafts[0]?.zone;
  if (!zone) return;
  const counted = drafts.filter(countsForFloor);
  const fixed = counted.filter((d) => d.role !== 'ordinary' || d.projectType === 'standard-factory');
  const free = counted.filter((d) => !fixed.includes(d));
  const targetCents = Math.round(zone.targetPlotRatio * 100) * sum(counted.map((d) => d.landAreaM2));
  const fixedCents = sum(fixed.map((d) => Math.round(d.ratio * d.landAreaM2 * 100)));
  const excess = (ds: readonly Draft[]) => sum(ds.map((d) => (d.ratio - RATIO_BOUNDS[0]) * d.landAreaM2));
  const before = excess(free);
  scaleTo(free, (d) => d.ratio, (d, v) => (d.ratio = v), (d) => d.landAreaM2 * 100, targetCents - fixedCents, RATIO_BOUNDS);
  // General plots outside the count (a gap in the 2025 survey) follow the same scale for their earlier years.
  const s = excess(free) / before;
  for (const d of drafts)
    if (d.role === 'ordinary' && d.projectType === 'general' && !free.includes(d)) d.ratio = clamp(RATIO_BOUNDS[0] + (d.ratio - RATIO_BOUNDS[0]) * s, RATIO_BOUNDS);
  for (const d of drafts) if (builtBy2025(d)) d.floorCents = Math.round(d.ratio * d.landAreaM2 * 100);
  const last = largest(free);
  last.floorCents = (last.floorCents ?? 0) + targetCents - sum(counted.map((d) => d.floorCents ?? 0));
  last.ratio = (last.floorCents ?? 0) / 100 / last.landAreaM2;
  for (const d of drafts) d.density = clamp(d.density, [0.2, Math.min(0.65, d.ratio)]);
  if (last.ratio < RATIO_BOUNDS[0] * 0.9 || last.ratio > RATIO_BOUNDS[1] * 1.05) throw new Error(`${zone.id}: residual floor area makes plot ratio ${last.ratio}`);
}

function calibrateTax(drafts: readonly Draft[]): void {
  const zone = drafts[0]?.zone;
  if (!zone) return;
  const counted = drafts.filter(countsForTax);
  const fixed = counted.filter((d) => d.role !== 'ordinary');
  const free = counted.filter((d) => d.role === 'ordinary');
  const landM2 = sum(counted.map((d) => d.landAreaM2));
  const totalMu = (3 * landM2) / 2000;
  if (!Number.isInteger(totalMu)) throw new Error(`${zone.id}: taxed land is not a multiple of 2000 m²`);
  const targetCents = Math.round(zone.targetTaxPerMu * 100) * totalMu;
  const fixedCents = sum(fixed.map((d) => Math.round(d.taxPerMu * m2ToMu(d.landAreaM2) * 100)));
  const before = sum(free.map((d) => d.taxPerMu * m2ToMu(d.landAreaM2)));
  scaleTo(free, (d) => d.taxPerMu, (d, v) => (d.taxPerMu = v), (d) => m2ToMu(d.landAreaM2) * 100, targetCents - fixedCents, TAX_BOUNDS);
  // Plots outside the count (stopped, or with a gap) follow the same scale so earlier years stay consistent.
  const s = sum(free.map((d) => d.taxPerMu * m2ToMu(d.landAreaM2))) / before;
  for (const d of drafts) if (d.role === 'ordinary' && !free.includes(d)) d.taxPerMu = clamp(d.taxPerMu * s, TAX_BOUNDS);
  for (const d of drafts) d.taxCents = Math.round(d.taxPerMu * m2ToMu(d.landAreaM2) * 100);
  const last = largest(free);
  last.taxCents = (last.taxCents ?? 0) + targetCents - sum(counted.map((d) => d.taxCents ?? 0));
  last.taxPerMu = (last.taxCents ?? 0) / 100 / m2ToMu(last.landAreaM2);
  if ((last.taxCents ?? 0) <= 0) throw new Error(`${zone.id}: residual tax is not positive`);
}

export function calibrateZone(drafts: readonly Draft[]): void {
  alignTaxLand(drafts);
  calibrateFloors(drafts);
  calibrateTax(drafts);
}
