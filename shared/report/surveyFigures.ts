/**
 * The client's survey of the eight zones (seed/land-report.md, part I; domain.md §6), quoted in the city pack's
 * comparison for reference: what the report found, not a standard.
 */
export const SURVEY_FIGURES = {
  plotRatio: { min: 0.31, max: 0.77 },
  taxPerMu: { min: 1.08, max: 15.2 },
  source: {
    zh: '濮阳市自然资源和规划局专题调研组《关于开发区节约集约利用土地的调研报告》一、开发区现状',
    en: 'Puyang Natural Resources and Planning Bureau research group, "Report on economical and intensive land use in development zones", part I',
  },
} as const;
