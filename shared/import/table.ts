import { fileErrorMessage, fileErrorReason, type FileErrorCode, type FileErrorParams } from './fileErrors';
import type { CrsCode } from './crs';
import type { SourceRecord } from './records';

export type FileFormat = 'geojson' | 'shapefile' | 'xlsx' | 'csv';

/** What every reader returns: the columns in file order, the records, and what it learned about CRS and encoding. */
export interface SourceTable {
  format: FileFormat;
  columns: string[];
  records: SourceRecord[];
  crs: CrsCode | null;
  encoding: string | null;
  warnings: string[];
}

/** A file that cannot be read at all (damaged, unsupported): a code and its parameters; the message is the English text. */
export class FileReadError extends Error {
  readonly code: FileErrorCode;
  readonly params: FileErrorParams;
  /** The reason in Chinese, without the file's name (the caller, who knows the name, puts it first). */
  readonly messageZh: string;

  constructor(code: FileErrorCode, params: FileErrorParams = {}) {
    super(fileErrorMessage(code, params));
    this.code = code;
    this.params = params;
    this.messageZh = fileErrorReason(code, params, 'zh');
  }
}
