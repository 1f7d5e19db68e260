import type { ZoneLevel } from '../domain/enums';
import { RANKING_INDICATORS, type BenchmarkSettings, type RankingIndicator } from './benchmarkSettings';
import { competitionRanks } from './percentileClasses';
import type { IndicatorValues } from './zoneIndicators';

/** 豫政办〔2023〕13号 groups: national zones with provincial zones of revenue > 200 亿元; provincial zones < 200 亿元. */
export const ZONE_GROUPS = ['national-and-large', 'provincial-small'] as const;
export type ZoneGroup = (typeof ZONE_GROUPS)[number];

export interface GroupingInput {
  level: ZoneLevel;
  /** The report's 2023 tier: 1 national or > 400 亿, 2 = 200–400 亿, 3 < 200 亿. */
  tier: number;
  /** Σ output of the zone's plots in the year (万元). */
  outputWan: number;
}

/** Grouped by tier, provincial zones of tiers 1…this (revenue > 200 亿 in the report's 2023 tiers) join the national zones. */
export const LARGE_TIER_MAX = 2;
/** The revenue between the report's tiers 2 and 3 (万元): a fact of the report's 2023 tiers, not the grouping setting. */
export const TIER_REVENUE_BOUNDARY_WAN = 2_000_000;

export function zoneGroupOf(zone: GroupingInput, ranking: BenchmarkSettings['ranking']): ZoneGroup {
  if (zone.level === 'national') return 'national-and-large';
  const large = ranking.groupBy === 'tier' ? zone.tier <= LARGE_TIER_MAX : zone.outputWan > ranking.revenueThresholdWan;
  return large ? 'national-and-large' : 'provincial-small';
}

export interface RankInput {
  id: string;
  group: ZoneGroup;
  indicators: IndicatorValues;
}

export interface RankedZone {
  id: string;
  group: ZoneGroup;
  /** 0–100: Σ of the contributions. */
  score: number;
  /** Within the group; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  indicators: IndicatorValues;
  /** Each indicator as a share of the group's best (0–100); null when no zone of the group has the indicator. */
  normalized: IndicatorValues;
  /** Points each indicator adds to the score: normalized × its effective weight. */
  contributions: Record<RankingIndicator, number>;
  /** The weights applied (shares adding up to 1); an indicator no zone of the group has drops out. */
  weights: Record<RankingIndicator, number>;
}

/**
 * Scores zones within their group: each indicator as a percentage of the group's best value (negative values count
 * as 0), weighted by the settings' weights re-scaled over the indicators the group has, then ranked.
 */
export function rankZones(zones: readonly RankInput[], weights: Record<RankingIndicator, number>): RankedZone[] {
  const out: RankedZone[] = [];
  for (const group of new Set(zones.map((z) => z.group))) {
    const members = zones.filter((z) => z.group === group);
    const best = {} as Record<RankingIndicator, number | null>;
    for (const k of RANKING_INDICATORS) {
      const values = members.map((z) => z.indicators[k]).filter((v): v is number => v !== null);
      const max = values.length ? Math.max(...values) : null;
      best[k] = max !== null && max > 0 ? max : null;
    }
    const totalWeight = RANKING_INDICATORS.reduce((s, k) => s + (best[k] === null ? 0 : weights[k]), 0);
    const applied = {} as Record<RankingIndicator, number>;
    for (const k of RANKING_INDICATORS) applied[k] = best[k] === null || totalWeight === 0 ? 0 : weights[k] / totalWeight;
    const scored = members.map((z) => {
      const normalized = {} as IndicatorValues;
      const contributions = {} as Record<RankingIndicator, number>;
      for (const k of RANKING_INDICATORS) {
        const b = best[k];
        const v = z.indicators[k];
        normalized[k] = b === null ? null : (Math.max(0, v ?? 0) / b) * 100;
        contributions[k] = (normalized[k] ?? 0) * applied[k];
      }
      const score = RANKING_INDICATORS.reduce((s, k) => s + contributions[k], 0);
      return { id: z.id, group, score, rank: 0, indicators: z.indicators, normalized, contributions, weights: applied };
    });
    const ranks = competitionRanks(scored.map((z) => ({ key: z.id, score: z.score })));
    for (const z of scored) out.push({ ...z, rank: ranks.get(z.id) ?? 0 });
  }
  const groupOrder = (g: ZoneGroup) => ZONE_GROUPS.indexOf(g);
  return out.sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.rank - b.rank || a.id.localeCompare(b.id));
}
