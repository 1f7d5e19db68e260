import { downloadBlob } from '../../components/downloadBlob';
import type { TFunction } from 'i18next';
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { GradedEnterpriseView, GradingReport } from '../../../shared/api/benchmarkViews';
import type { ZoneView } from '../../../shared/api/views';
import type { Lang } from '../../../shared/domain/enums';
import { presetLabel, ungradedReasonLabel } from '../../../shared/rules/benchmarkLabels';

const num = (v: number | null, digits: number) => (v === null ? null : { value: Number(v.toFixed(digits)), type: Number, format: digits ? `0.${'0'.repeat(digits)}` : '0' });

/** The grading list as a sheet: Chinese (or English) headers with units, one enterprise per row, as filtered. */
export function gradingSheet(report: GradingReport, rows: readonly GradedEnterpriseView[], zonesById: Map<string, ZoneView>, t: TFunction, lang: Lang): SheetData {
  const header = [
    t('bench.class'),
    t('bench.enterprise'),
    t('bench.creditCode'),
    t('bench.zone'),
    `${t('bench.landArea')}`,
    `${t('bench.evaluatedArea')} (${t('units.mu')})`,
    t('bench.aboveSize'),
    `${t('bench.taxPerMu')} (${t('bench.unitWanPerMu')})`,
    `${t('bench.addedValuePerMu')} (${t('bench.unitWanPerMu')})`,
    `${t('bench.laborProductivity')} (${t('bench.unitWanPerPerson')})`,
    t('bench.score'),
    t('bench.ungradedWhy'),
    t('bench.reviewStatus'),
    t('bench.reviewNote'),
  ].map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = rows.map((e) => [
    e.class === 'ungraded' ? t('bench.class_ungraded') : e.class,
    e.landUser,
    e.creditCode,
    e.zoneIds.map((id) => zonesById.get(id)?.name ?? id).join('、'),
    num(e.landAreaMu, 2),
    num(e.evaluatedAreaMu, 2),
    e.aboveSize ? t('bench.aboveSize') : t('bench.belowSize'),
    num(e.indicators.taxPerMu, 2),
    num(e.indicators.addedValuePerMu, 2),
    num(e.indicators.laborProductivity, 2),
    num(e.score, 1),
    e.ungradedReason ? ungradedReasonLabel(e.ungradedReason, report)[lang] : '',
    e.review ? t(`bench.review_${e.review.status}`) : '',
    e.review?.note ?? '',
  ]);
  const title = [{ value: `${t('bench.grading')} ${report.year} · ${presetLabel(report.preset, report.classes)[lang]}`, fontWeight: 'bold' as const }];
  return [title, header, ...body];
}

/** Writes the sheet with write-excel-file and hands it to the browser as a download. */
export async function downloadGrading(sheet: SheetData, fileName: string): Promise<void> {
  const blob = await writeXlsxFile(sheet, { sheet: 'grading', stickyRowsCount: 2, columns: [8, 30, 22, 26, 10, 10, 8, 12, 12, 12, 8, 14, 12, 30].map((width) => ({ width })) }).toBlob();
  downloadBlob(blob, fileName);
}
