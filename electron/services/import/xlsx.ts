import { readSheet } from 'read-excel-file/node';
import { FileReadError } from '../../../shared/import/table';
import type { Cell } from '../../../shared/import/values';

/** The first sheet of an .xlsx workbook as a grid; read-excel-file turns date-formatted cells into Dates. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<Cell[][]> {
  try {
    const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return rows.map((r) => r.map((c) => c as Cell));
  } catch (e) {
    throw new FileReadError('xlsxUnreadable', { detail: (e as Error).message });
  }
}
