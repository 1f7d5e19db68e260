import type { ZoneReport } from './reportViews';

export type VersionUsed = ZoneReport['ruleSetsUsed'][number];

/** Entries of the same version (id@version) added into one, their plot counts summed; oldest effective-from first. */
export function sumVersionsUsed(entries: Iterable<VersionUsed>): VersionUsed[] {
  const byKey = new Map<string, VersionUsed>();
  for (const v of entries) {
    const key = `${v.id}@${v.version}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, plotCount: seen.plotCount + v.plotCount } : { ...v });
  }
  return [...byKey.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version);
}

/** The versions used across several zone reports (the city pack), each counted over all of them, oldest first. */
export function mergeVersionsUsed(reports: readonly Pick<ZoneReport, 'ruleSetsUsed'>[]): VersionUsed[] {
  return sumVersionsUsed(reports.flatMap((r) => r.ruleSetsUsed));
}
