/** A plot while it is being generated: identity, geometry, contract, and the 2025 figures calibration works on. */
import type { AreaGeometry } from '../../shared/domain/geometry';
import type { ProjectType } from '../../shared/domain/enums';
import type { SupplyMethod } from '../../shared/schemas/seed';
import type { Scenario, Timeline } from './schedule';
import type { Slot } from './supply';
import type { ZoneSpec } from './zones';

export type Role = 'ordinary' | 'exemplar' | 'gap';

export interface Enterprise {
  name: string;
  creditCode: string;
  industryCode: string;
}

export interface Draft {
  zone: ZoneSpec;
  slot: Slot;
  id: string;
  parcelNo: string;
  supervisionNo: string;
  geometry: AreaGeometry;
  /** Planar area of the stored (rounded) geometry, m². */
  geomAreaM2: number;
  /** Registered area, integer m², within a few ‰ of the geometry's area. */
  landAreaM2: number;
  projectType: ProjectType;
  landUseCode: string;
  industryCode: string;
  enterprise: Enterprise;
  projectName: string;
  scenario: Scenario;
  timeline: Timeline;
  supplyMethod: SupplyMethod;
  landPriceWan: number;
  committedInvestmentWan: number;
  agreedPlotRatioMin: number | null;
  agreedPlotRatioMax: number | null;
  role: Role;
  /** Built and operating plots that stopped production (停产) from this year on; null if never. */
  ceasedFrom: number | null;
  gapFloor: boolean;
  gapInvestment: boolean;
  gapTax: boolean;
  /** 2025 figures: plot ratio, building density (share), investment (万元/亩), tax (万元/亩). */
  ratio: number;
  density: number;
  investmentPerMu: number;
  taxPerMu: number;
  /** Final 2025 floor area and tax, in hundredths (m² × 100, 万元 × 100) so that zone sums are exact. */
  floorCents: number | null;
  taxCents: number | null;
}

const END_2025 = '2025-12-31';

export function builtBy2025(d: Draft): boolean {
  const c = d.timeline.actualCompletionDate;
  return c !== null && c <= END_2025;
}

/** Operating in year `year`: finished before it (or in its first half), and not stopped. */
export function operatingIn(d: Draft, year: number): boolean {
  const c = d.timeline.actualCompletionDate;
  if (c === null) return false;
  const cy = Number(c.slice(0, 4));
  const started = cy < year || (cy === year && c.slice(5, 7) <= '06');
  return started && (d.ceasedFrom === null || year < d.ceasedFrom);
}

/** The plot's 2025 row will carry a floor area (it counts in the zone plot ratio). */
export function countsForFloor(d: Draft): boolean {
  return builtBy2025(d) && !d.gapFloor;
}

/** The plot's 2025 row will be operating with a tax figure (it counts in the zone tax per 亩). */
export function countsForTax(d: Draft): boolean {
  return operatingIn(d, 2025) && !d.gapTax;
}
