import type { BENCHMARK_METHODS } from '../../../shared/api/methods/benchmarking';
import { ReviewConflict, saveReview } from '../../db/queries/enterpriseReviews';
import { appendAudit } from '../../db/audit';
import { writeSetting } from '../../db/settings';
import { BENCHMARK_SETTINGS_KEY, BenchmarkYearError, gradingReport, loadBenchmarkSettings, rankingReport } from '../../services/benchmarking';
import { BadInputError, ConflictError, NotFoundError } from '../errors';
import type { HandlerMap } from '../types';

function asInputError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BenchmarkYearError) throw new BadInputError(`year: ${error.message}`, `year：${error.messageZh}`);
    if (error instanceof ReviewConflict) throw new ConflictError(error.message, error.messageZh);
    throw error;
  }
}

/** Zone ranking, enterprise grading and the objection / re-check notes (issue 8). */
export const benchmarkingHandlers: HandlerMap<keyof typeof BENCHMARK_METHODS> = {
  'benchmark.ranking': ({ db }, { asOf, year }) => asInputError(() => rankingReport(db, asOf, year)),
  'benchmark.grading': ({ db }, { asOf, year, preset }) => asInputError(() => gradingReport(db, asOf, preset, year)),
  'benchmark.review.set': ({ db, now }, { author, ...edit }) =>
    asInputError(() => {
      const known = db.prepare('SELECT 1 FROM plots WHERE credit_code = ? LIMIT 1').get(edit.creditCode);
      if (!known) throw new NotFoundError(`creditCode: no plot is held by an enterprise with credit code ${edit.creditCode}`, `creditCode：没有统一社会信用代码为 ${edit.creditCode} 的企业持有的宗地`);
      return saveReview(db, now().toISOString(), { ...edit, author });
    }),
  'benchmark.settings.get': ({ db }) => loadBenchmarkSettings(db),
  'benchmark.settings.set': ({ db, now }, { settings, author }) =>
    db.transaction(() => {
      const before = loadBenchmarkSettings(db);
      writeSetting(db, BENCHMARK_SETTINGS_KEY, settings);
      appendAudit(db, now().toISOString(), { actor: author, action: 'update', table: 'settings', recordId: BENCHMARK_SETTINGS_KEY, oldValue: before, newValue: settings });
      return loadBenchmarkSettings(db);
    })(),
};
