import type { RankingIndicator } from '../../../shared/rules/benchmarkSettings';

/** One colour per zone (in the dataset's zone order) and per ranking indicator; distinguishable when printed in grey. */
export const ZONE_COLOURS = ['#1a66c9', '#d93025', '#1f9d55', '#e09b00', '#7b3fa0', '#0f8a9d', '#8c5a2b', '#5c6b7a'];

export const INDICATOR_COLOURS: Record<RankingIndicator, string> = {
  taxPerMu: '#1a66c9',
  addedValuePerMu: '#1f9d55',
  newInvestmentPerMu: '#e09b00',
  plotRatio: '#7b3fa0',
};

export const CLASS_TONE = { A: 'green', B: 'blue', C: 'amber', D: 'red', ungraded: 'grey' } as const;
