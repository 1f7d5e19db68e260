import { z } from 'zod';
import { ImportInput, ImportResult } from './dataExchange';

/** What an import job is doing: reading the file, parsing its records, validating them, writing them (one transaction). */
export const ImportPhase = z.enum(['reading', 'parsing', 'validating', 'writing']);
export type ImportPhase = z.infer<typeof ImportPhase>;

/**
 * A file-level failure: `code` + `params` let the UI say it in either language; `message` is the English text (as the
 * CLI prints); `messageZh` the Chinese one where the code is not a file-error code (invalid input, internal error).
 */
export const ImportJobError = z.object({
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  messageZh: z.string().optional(),
});
export type ImportJobError = z.infer<typeof ImportJobError>;

export const ImportJobStatus = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: ImportPhase,
  /** Records handled of the phase's total, when the phase counts them. */
  done: z.number().int().nullable(),
  total: z.number().int().nullable(),
  dryRun: z.boolean(),
  /** False once the write transaction has begun: from then on the import completes. */
  cancellable: z.boolean(),
  cancelRequested: z.boolean(),
  result: ImportResult.nullable(),
  error: ImportJobError.nullable(),
});
export type ImportJobStatus = z.infer<typeof ImportJobStatus>;

const JobRef = z.object({ jobId: z.string().min(1).max(64) }).strict();

/** The wizard's import (and preview) as a job: start it, poll its phase and counts, cancel it before it writes. */
export const IMPORT_JOB_METHODS = {
  'import.start': { input: ImportInput.extend({ dryRun: z.boolean().default(false) }).strict(), output: z.object({ jobId: z.string() }) },
  'import.status': { input: JobRef, output: ImportJobStatus },
  'import.cancel': { input: JobRef, output: ImportJobStatus },
} as const;
