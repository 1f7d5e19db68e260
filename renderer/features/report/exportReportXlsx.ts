import { downloadBlob } from '../../components/downloadBlob';
import writeXlsxFile from 'write-excel-file/browser';
import type { LandApi } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/domain/enums';
import { reportWorkbook, reportWorkbookName } from '../../../shared/report/reportSheets';

/**
 * The report's tables (indicators, noncompliant plots, idle and overdue plots, unsupplied batches) as one .xlsx,
 * built from the same report.zone answers the printed report uses, handed to the browser as a download.
 */
export async function downloadReportXlsx(api: LandApi, p: { zone: string; asOf: string; lang: Lang }): Promise<string> {
  const zoneIds = p.zone === 'all' ? (await api['zones.list']({ asOf: p.asOf })).map((z) => z.id) : [p.zone];
  const reports = await Promise.all(zoneIds.map((zoneId) => api['report.zone']({ asOf: p.asOf, zoneId })));
  const blob = await writeXlsxFile(reportWorkbook(reports, p.lang, p.zone === 'all')).toBlob();
  const fileName = reportWorkbookName(p.zone, p.asOf);
  downloadBlob(blob, fileName);
  return fileName;
}
