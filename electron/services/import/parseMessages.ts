import type { FileErrorCode, FileErrorParams } from '../../../shared/import/fileErrors';
import type { SourceTable } from '../../../shared/import/table';

/** Where a parse has got to: a stage, and for record loops how many of how many. */
export interface ParseProgress {
  stage: 'unzip' | 'shp' | 'dbf' | 'sheet' | 'json' | 'csv' | 'done';
  done?: number;
  total?: number;
}

export type ProgressSink = (p: ParseProgress) => void;

/** What the parse worker posts to its host. */
export type WorkerReply =
  | { type: 'progress'; progress: ParseProgress }
  | { type: 'done'; table: SourceTable }
  | { type: 'error'; fileError: { code: FileErrorCode; params: FileErrorParams } | null; message: string };
