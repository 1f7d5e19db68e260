import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/domain/enums';
import { useLandApi } from '../../api/ApiContext';
import { useErrorActions } from '../../stores/errorStore';
import { downloadReportXlsx } from './exportReportXlsx';

/** 报告 view: the report's tables as .xlsx for the chosen zone (or all eight), date and language. */
export function XlsxButton({ zone, asOf, lang, disabled }: { zone: string; asOf: string; lang: Lang; disabled: boolean }) {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setDone(null);
    try {
      setDone(await downloadReportXlsx(api, { zone, asOf, lang }));
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-testid="report-xlsx" disabled={disabled || busy} onClick={() => void run()}>
        {busy ? t('reportView.xlsxBusy') : t('reportView.xlsx')}
      </button>
      {done && <span className="report-view__saved" data-testid="report-xlsx-done">{t('reportView.xlsxDone', { file: done })}</span>}
    </>
  );
}
