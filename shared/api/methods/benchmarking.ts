import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { BenchmarkSettings, PresetId } from '../../rules/benchmarkSettings';
import { EnterpriseReview, GradingReport, RankingReport, ReviewStatus } from '../benchmarkViews';

const Year = z.number().int().min(1990).max(2100);
/** Without `year`: the latest complete year before the as-of date that has metrics. */
const YearInput = z.object({ asOf: IsoDateSchema, year: Year.optional() });

export const BENCHMARK_METHODS = {
  'benchmark.ranking': { input: YearInput.strict(), output: RankingReport },
  'benchmark.grading': { input: YearInput.extend({ preset: PresetId.default('henan') }).strict(), output: GradingReport },
  'benchmark.review.set': {
    input: z
      .object({
        creditCode: z.string().min(1).max(64),
        year: Year,
        status: ReviewStatus,
        note: z.string().max(2000),
        /** The row version the user edited; null when adding the first note. */
        rowVersion: z.number().int().min(1).nullable(),
        author: z.string().trim().min(1).max(100).default('本机用户'),
      })
      .strict(),
    output: EnterpriseReview,
  },
  /** Weights, thresholds and class presets (defaults: benchmarkSettings.ts); set validates the whole object and audits it. */
  'benchmark.settings.get': { input: z.object({}).strict(), output: BenchmarkSettings },
  'benchmark.settings.set': { input: z.object({ settings: BenchmarkSettings, author: z.string().trim().min(1).max(100).default('本机用户') }).strict(), output: BenchmarkSettings },
} as const;
