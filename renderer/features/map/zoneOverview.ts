import type { PlotRow } from '../../../shared/api/views';
import { isIdle } from '../../../shared/rules/aggregates';
import { areaShareByZone, type ZoneShare } from '../../../shared/rules/areaShare';
import type { MapTheme } from '../../stores/appStore';

/** What a zone fill shows at city scale: the theme's problem share of land area over the plots the filters let through. */
const problem: Record<MapTheme, (p: PlotRow) => boolean> = {
  compliance: (p) => p.status === 'noncompliant',
  lifecycle: (p) => isIdle(p.lifecycle),
};

export function zoneShares(rows: readonly PlotRow[], theme: MapTheme): Map<string, ZoneShare> {
  return areaShareByZone(rows, problem[theme]);
}

/** Class breaks of the fill ramp (share of area), low to high. */
export const SHARE_BREAKS = [0.05, 0.15, 0.3] as const;
export const SHARE_COLORS = ['#1f9d55', '#f2d500', '#f28c00', '#d93025'] as const;
export const NO_SHARE_COLOR = '#c8ced6';

export function shareColor(share: number | null): string {
  if (share === null) return NO_SHARE_COLOR;
  const i = SHARE_BREAKS.findIndex((b) => share < b);
  return SHARE_COLORS[i < 0 ? SHARE_COLORS.length - 1 : i] ?? NO_SHARE_COLOR;
}
