import type { FileErrorCode, FileErrorParams } from '../../../shared/import/fileErrors';
import type { SourceTable } from '../../../shared/import/table';
import type { ImportOutcome, ImportStep, PipelineOptions } from './importPipeline';
import type { PlannedCounts, RecordWrite, SinkOptions, SinkResult } from './recordSink';

/** Where a parse has got to: a stage, and for record loops how many of how many. */
export interface ParseProgress {
  stage: 'unzip' | 'shp' | 'dbf' | 'sheet' | 'json' | 'csv' | 'done';
  done?: number;
  total?: number;
}

export type ProgressSink = (p: ParseProgress) => void;

/**
 * What the worker is started with: parse a file and post the table; run a whole import on connections of its own;
 * or, started by an importing worker, write the records it is sent (one transaction on its own connection).
 */
export type WorkerRequest =
  | { mode: 'parse'; fileName: string; bytes: Uint8Array }
  | {
      mode: 'import';
      fileName: string;
      bytes: Uint8Array;
      dbFile: string;
      /** Int32Array over it: [0] set to 1 asks the worker to stop and roll back. */
      cancelFlag: SharedArrayBuffer;
      options: Omit<PipelineOptions, 'now'> & { now: string };
      /** This worker's own script, to start its writing thread from (set by the host). */
      self?: { url: string; execArgv: string[] | undefined };
    }
  | {
      mode: 'write';
      dbFile: string;
      options: SinkOptions;
      /** Int32Array over it: [0] counts the batches written (the importing thread waits on it when too far ahead). */
      written: SharedArrayBuffer;
    };

/** From the importing thread to its writing thread, in order. */
export type SinkRequest =
  | { type: 'begin' }
  | { type: 'write'; records: RecordWrite[] }
  | { type: 'finish'; commit: boolean; planned: PlannedCounts }
  | { type: 'abort' };

/** The writing thread's answers: to finish, to abort, or a failure that ended its transaction. */
export type SinkReply = { type: 'finished'; result: SinkResult } | { type: 'aborted' } | { type: 'failed'; message: string };

/** What the worker posts to its host. */
export type WorkerReply =
  | { type: 'progress'; progress: ParseProgress }
  | { type: 'done'; table: SourceTable }
  | { type: 'step'; step: ImportStep }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'cancelled' }
  | { type: 'mappingError'; message: string }
  | { type: 'error'; fileError: { code: FileErrorCode; params: FileErrorParams } | null; message: string };
