/** A zone's share of land with some problem: the flagged plots' land over all its plots' land, and how many plots it had. */
export interface ZoneShare {
  /** Σ land of the flagged plots / Σ land of all plots (a ratio of sums); null when the zone's plots have no land. */
  share: number | null;
  plots: number;
}

/** Per zone, the share of land held by the plots `flagged` picks; zones in the order their first plot comes. */
export function areaShareByZone<P extends { zoneId: string; landAreaM2: number }>(plots: readonly P[], flagged: (p: P) => boolean): Map<string, ZoneShare> {
  const sums = new Map<string, { area: number; flagged: number; plots: number }>();
  for (const p of plots) {
    const s = sums.get(p.zoneId) ?? { area: 0, flagged: 0, plots: 0 };
    s.area += p.landAreaM2;
    s.plots += 1;
    if (flagged(p)) s.flagged += p.landAreaM2;
    sums.set(p.zoneId, s);
  }
  return new Map([...sums].map(([id, s]) => [id, { share: s.area > 0 ? s.flagged / s.area : null, plots: s.plots }]));
}
