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

/** A file that cannot be read at all (damaged, unsupported): the message names the file part and the reason. */
export class FileReadError extends Error {}
