import { renameSync, rmSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import type { Lang } from '../../shared/domain/enums';
import { reportWorkbook } from '../../shared/report/reportSheets';
import type { ZoneReport } from '../../shared/report/reportViews';

/** Writes the report's tables as .xlsx (through a temporary file beside it, so a failure leaves no half workbook). */
export async function writeReportXlsx(reports: readonly ZoneReport[], lang: Lang, pack: boolean, out: string): Promise<void> {
  const tmp = `${out}.part`;
  try {
    await writeXlsxFile(reportWorkbook(reports, lang, pack)).toFile(tmp);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
}
