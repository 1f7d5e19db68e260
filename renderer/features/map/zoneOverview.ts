import type { PlotRow } from '../../../shared/api/views';
import { IDLE_STATUSES } from '../../../shared/domain/enums';
import type { MapTheme } from '../../stores/appStore';

/** What a zone fill shows at city scale: the theme's problem share of land area over the plots the filters let through. */
export interface ZoneShare {
  share: number | null;
  plots: number;
}

const problem: Record<MapTheme, (p: PlotRow) => boolean> = {
  compliance: (p) => p.status === 'noncompliant',
  lifecycle: (p) => p.lifecycle !== null && IDLE_STATUSES.includes(p.lifecycle),
};

export function zoneShares(rows: readonly PlotRow[], theme: MapTheme): Map<string, ZoneShare> {
  const sums = new Map<string, { area: number; bad: number; plots: number }>();
  const isProblem = problem[theme];
  for (const p of rows) {
    const s = sums.get(p.zoneId) ?? { area: 0, bad: 0, plots: 0 };
    s.area += p.landAreaM2;
    s.plots++;
    if (isProblem(p)) s.bad += p.landAreaM2;
    sums.set(p.zoneId, s);
  }
  return new Map([...sums].map(([id, s]) => [id, { share: s.area > 0 ? s.bad / s.area : null, plots: s.plots }]));
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
