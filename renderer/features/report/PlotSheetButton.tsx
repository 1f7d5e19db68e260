import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app/AppData';
import { useAppState } from '../../stores/appStore';
import { openPrintTab } from './openPrint';

/** Plot panel: the plot's one-page inspection sheet, as of the app's date, in the UI's language. */
export function PlotSheetButton({ plotId }: { plotId: string }) {
  const { t } = useTranslation();
  const { asOf } = useAppData();
  const lang = useAppState((s) => s.lang);
  return (
    <button type="button" className="btn" data-testid="plot-sheet-print" onClick={() => openPrintTab({ plots: [plotId], asOf, lang })}>
      {t('reportView.plotSheetOne')}
    </button>
  );
}
