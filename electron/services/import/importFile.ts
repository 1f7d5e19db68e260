import type { ColumnMapping } from '../../../shared/import/mapping';
import { DEFAULT_IMPORT_PARAMETERS, ImportParameters } from '../../../shared/import/parameters';
import type { Db } from '../../db/connection';
import { readSetting } from '../../db/settings';
import type { ImportOutcome, ImportStep } from './importPipeline';
import type { ProgressSink } from './parseMessages';
import { importInWorker, parseInWorker } from './parseInWorker';

export type { ImportOutcome, ImportStep } from './importPipeline';

export const IMPORT_PARAMETERS_KEY = 'import.parameters';

export interface ImportOptions {
  fileName: string;
  /** The file; an import of a large one takes them over (moved to the import worker, so empty afterwards). */
  bytes: Uint8Array;
  /** The user's corrected mapping; columns it does not name keep the guessed mapping. */
  mapping?: readonly ColumnMapping[] | undefined;
  dryRun: boolean;
  partial: boolean;
  now: Date;
  actor: string;
  onProgress?: ProgressSink | undefined;
  signal?: AbortSignal | undefined;
  onStep?: ((s: ImportStep) => void) | undefined;
}

/**
 * Read (time-limited) → map → validate → plan → (unless dry run) write in one transaction, all-or-nothing unless
 * partial. A database on disk is imported into by the worker on a connection of its own, so the app's thread stays
 * free for the UI (progress, cancel, other requests) and never holds the file's records; an in-memory database
 * (tests, tools) cannot be shared with a worker, so there the pipeline runs here after a parse in the worker.
 */
export async function importFile(db: Db, o: ImportOptions): Promise<ImportOutcome> {
  const params = readSetting(db, IMPORT_PARAMETERS_KEY, ImportParameters) ?? DEFAULT_IMPORT_PARAMETERS;
  const limits = { timeoutMs: params.parseTimeoutSeconds * 1000, onProgress: o.onProgress, signal: o.signal, onStep: o.onStep };
  const options = { fileName: o.fileName, mapping: o.mapping, dryRun: o.dryRun, partial: o.partial, now: o.now, actor: o.actor, params };
  if (!db.memory) return importInWorker(db.name, o.fileName, o.bytes, options, limits);
  const table = await parseInWorker(o.fileName, o.bytes, limits);
  const { localSink, runImportPipeline } = await import('./importPipeline');
  return runImportPipeline(db, table, options, localSink(db, options), o.onStep ?? (() => undefined), () => o.signal?.aborted ?? false);
}

