import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/domain/enums';
import { useAppData } from '../../app/AppData';
import { useFilteredPlots } from '../../app/useFilteredPlots';
import { MAX_PLOT_SHEETS } from '../../print/printParams';
import { openPrintTab } from './openPrint';
import { parseParcelList } from './parcelList';

/**
 * 宗地核查表 for a selection: the plots the map's table currently lists (zone, status, lifecycle and search filters),
 * or parcel numbers typed in. One A4 page per plot, in parcel-number order.
 */
export function PlotSheetPanel({ asOf, lang }: { asOf: string; lang: Lang }) {
  const { t } = useTranslation();
  const { plots } = useAppData();
  const { rows } = useFilteredPlots();
  const [typed, setTyped] = useState('');
  const byParcel = useMemo(() => new Map((plots ?? []).map((p) => [p.parcelNo, p.id])), [plots]);
  const filtered = useMemo(() => [...rows].sort((a, b) => a.parcelNo.localeCompare(b.parcelNo)).map((p) => p.id), [rows]);
  const refs = parseParcelList(typed);
  const unknown = refs.filter((r) => !byParcel.has(r));
  const typedIds = refs.flatMap((r) => byParcel.get(r) ?? []);
  const tooMany = (n: number) => n > MAX_PLOT_SHEETS;

  return (
    <fieldset className="report-view__sheets" data-testid="plot-sheets">
      <legend>{t('reportView.plotSheets')}</legend>
      <p className="report-view__hint">{t('reportView.plotSheetsIntro')}</p>
      <div className="report-view__sheet-row">
        <span data-testid="plot-sheets-filtered">{t('reportView.plotSheetsFiltered', { n: filtered.length })}</span>
        <button
          type="button"
          data-testid="plot-sheets-print-filtered"
          disabled={filtered.length === 0 || tooMany(filtered.length)}
          onClick={() => openPrintTab({ plots: filtered, asOf, lang })}
        >
          {t('reportView.plotSheetsPrint')}
        </button>
      </div>
      {tooMany(filtered.length) && <p className="report-view__warn">{t('reportView.plotSheetsTooMany', { max: MAX_PLOT_SHEETS })}</p>}
      <label>
        <span>{t('reportView.plotSheetsTyped')}</span>
        <textarea data-testid="plot-sheets-parcels" rows={3} value={typed} onChange={(e) => setTyped(e.target.value)} />
      </label>
      {unknown.length > 0 && <p className="report-view__warn" data-testid="plot-sheets-unknown">{t('reportView.plotSheetsUnknown', { list: unknown.join('、') })}</p>}
      <button
        type="button"
        data-testid="plot-sheets-print-typed"
        disabled={typedIds.length === 0 || unknown.length > 0 || tooMany(typedIds.length)}
        onClick={() => openPrintTab({ plots: typedIds, asOf, lang })}
      >
        {t('reportView.plotSheetsPrintTyped', { n: typedIds.length })}
      </button>
    </fieldset>
  );
}
