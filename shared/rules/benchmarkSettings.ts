import { z } from 'zod';

/**
 * Settings of zone ranking (豫政办〔2023〕13号) and enterprise grading (亩均论英雄), domain.md §6–7.
 * Weights and cut-offs are not published (or differ by province): every number here is a setting whose default is
 * our stated assumption, stored in the database and editable.
 */

export const RANKING_INDICATORS = ['taxPerMu', 'addedValuePerMu', 'newInvestmentPerMu', 'plotRatio'] as const;
export type RankingIndicator = (typeof RANKING_INDICATORS)[number];

export const GRADING_INDICATORS = ['taxPerMu', 'addedValuePerMu', 'laborProductivity'] as const;
export type GradingIndicator = (typeof GRADING_INDICATORS)[number];

export const GradeClass = z.enum(['A', 'B', 'C', 'D']);
export type GradeClass = z.infer<typeof GradeClass>;

export const PRESET_IDS = ['henan', 'zhejiang'] as const;
export const PresetId = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof PresetId>;

const Weight = z.number().min(0).max(1000);
const Share = z.number().gt(0).max(1);

/** Classes from the best down, each with its share of the graded population. */
export const ClassPreset = z
  .array(z.object({ class: GradeClass, share: Share }))
  .min(1)
  .refine((cs) => Math.abs(cs.reduce((s, c) => s + c.share, 0) - 1) < 1e-9, 'class shares must add up to 1')
  .refine((cs) => new Set(cs.map((c) => c.class)).size === cs.length, 'each class once');
export type ClassPreset = z.infer<typeof ClassPreset>;

const positiveWeights = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape).strict().refine((w) => Object.values(w).some((v) => typeof v === 'number' && v > 0), 'at least one weight must be above 0');

/** The statistical 规上 line (annual main-business revenue, 万元): what the word 规上 / 规下 means. */
export const STATISTICAL_ABOVE_SIZE_OUTPUT_WAN = 2000;

export const BenchmarkSettings = z
  .object({
    /** 规上 (above designated size): annual main-business output ≥ this (万元); the statistical threshold is 2000 万元. */
    aboveSizeOutputWan: z.number().nonnegative().default(STATISTICAL_ABOVE_SIZE_OUTPUT_WAN),
    ranking: z
      .object({
        /** Assumption: equal weights — 豫政办〔2023〕13号 names the four indicators but publishes no weights. */
        weights: positiveWeights({ taxPerMu: Weight, addedValuePerMu: Weight, newInvestmentPerMu: Weight, plotRatio: Weight }).default({
          taxPerMu: 25,
          addedValuePerMu: 25,
          newInvestmentPerMu: 25,
          plotRatio: 25,
        }),
        /**
         * Where a zone's revenue for the grouping comes from: `tier` = the report's 2023 tier (zones.tier: 1 national or
         * > 400 亿, 2 = 200–400 亿, 3 < 200 亿); `plot-output` = Σ output of the zone's plots in the year.
         */
        groupBy: z.enum(['tier', 'plot-output']).default('tier'),
        /** 200 亿元 = 2,000,000 万元 (domain.md §6). */
        revenueThresholdWan: z.number().positive().default(2_000_000),
      })
      .strict()
      .prefault({}),
    targets: z
      .object({
        /** Henan plan: 2025 against 2020 (tax per mu +50 %, added value per mu +35 %, new investment per mu +50 %). */
        planBaseYear: z.number().int().default(2020),
        targetYear: z.number().int().default(2025),
        growth: z
          .object({ taxPerMu: z.number(), addedValuePerMu: z.number(), newInvestmentPerMu: z.number() })
          .strict()
          .default({ taxPerMu: 0.5, addedValuePerMu: 0.35, newInvestmentPerMu: 0.5 }),
      })
      .strict()
      .prefault({}),
    grading: z
      .object({
        /** Zhejiang's typical 30/20/20 for the indicators the data holds; energy, emissions and R&D (30) are not recorded. */
        weights: positiveWeights({ taxPerMu: Weight, addedValuePerMu: Weight, laborProductivity: Weight }).default({
          taxPerMu: 30,
          addedValuePerMu: 20,
          laborProductivity: 20,
        }),
        /** Below-size enterprises are scored mainly on tax per mu (domain.md §7). */
        belowSizeWeights: positiveWeights({ taxPerMu: Weight, addedValuePerMu: Weight, laborProductivity: Weight }).default({
          taxPerMu: 1,
          addedValuePerMu: 0,
          laborProductivity: 0,
        }),
        /** An indicator scores at most this multiple of the population benchmark, so one outlier cannot dominate. */
        indicatorCap: z.number().positive().default(3),
        /** Henan grades 规上 enterprises and 规下 ones from this land area (亩) up. */
        belowSizeMinAreaMu: z.number().nonnegative().default(5),
        presets: z
          .object({ henan: ClassPreset, zhejiang: ClassPreset })
          .strict()
          .default({
            henan: [
              { class: 'A', share: 0.15 },
              { class: 'B', share: 0.75 },
              { class: 'C', share: 0.1 },
            ],
            zhejiang: [
              { class: 'A', share: 0.2 },
              { class: 'B', share: 0.45 },
              { class: 'C', share: 0.3 },
              { class: 'D', share: 0.05 },
            ],
          }),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type BenchmarkSettings = z.infer<typeof BenchmarkSettings>;

export const DEFAULT_BENCHMARK_SETTINGS: BenchmarkSettings = BenchmarkSettings.parse({});
