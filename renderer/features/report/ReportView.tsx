import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/enums';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../../shared/report/reportViews';
import { useLandApi } from '../../api/ApiContext';
import { useAppData } from '../../app/AppData';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { openPrintTab } from './openPrint';
import { PlotSheetPanel } from './PlotSheetPanel';
import { PrintTabProgress } from './PrintTabProgress';
import { XlsxButton } from './XlsxButton';
import { useErrorActions } from '../../stores/errorStore';
import { useAppState } from '../../stores/appStore';
import './report.css';

const FIELDS = ['preparingUnit', 'preparedBy', 'reviewedBy', 'approvedBy'] as const;

/**
 * 报告: choose zone or city pack, date, language and the sign-off; the print version opens in a new tab
 * (browser mode), where the browser's own print dialog saves the PDF. The CLI prints the same page headless.
 */
export function ReportView() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const { info, asOf: appAsOf, zones } = useAppData();
  const uiLang = useAppState((s) => s.lang);
  const [zone, setZone] = useState('all');
  const [asOf, setAsOf] = useState(appAsOf);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [settings, setSettings] = useState<ReportSettings>(DEFAULT_REPORT_SETTINGS);
  /** Inputs stay disabled until the stored sign-off has arrived, so a late answer never overwrites typing. */
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(false);
  /** The print tab last opened, followed for progress and cancel. */
  const [tab, setTab] = useState<{ win: Window; opened: number } | null>(null);

  useEffect(() => {
    let current = true;
    api['report.settings.get']({}).then((s) => {
      if (!current) return;
      setSettings(s);
      setLoaded(true);
    }, report);
    return () => {
      current = false;
    };
  }, [api, report]);

  const save = async () => {
    const stored = await api['report.settings.set'](settings);
    setSettings(stored);
    setSaved(true);
  };

  const openPrint = async () => {
    try {
      await save();
      const win = openPrintTab({ zone, asOf, lang });
      setTab(win ? { win, opened: Date.now() } : null);
    } catch (e) {
      report(e);
    }
  };

  return (
    <div className="report-view" data-testid="report-view">
      <h2>{t('reportView.heading')}</h2>
      <p className="report-view__intro">{t('reportView.intro')}</p>
      <div className="report-view__grid">
        <label>
          <span>{t('reportView.zone')}</span>
          <select data-testid="report-zone" value={zone} onChange={(e) => setZone(e.target.value)}>
            <option value="all">{t('reportView.allZones')}</option>
            {(zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>
                {uiLang === 'zh' ? z.name : zoneShortLabel(z, 'en')}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('reportView.asOf')}</span>
          <input type="date" data-testid="report-as-of" value={asOf} required onChange={(e) => isValidIsoDate(e.target.value) && setAsOf(e.target.value)} />
        </label>
        <label>
          <span>{t('reportView.language')}</span>
          <select data-testid="report-lang" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh')}>
            <option value="zh">{t('reportView.langZh')}</option>
            <option value="en">{t('reportView.langEn')}</option>
          </select>
        </label>
      </div>
      <fieldset className="report-view__signoff">
        <legend>{t('reportView.signoff')}</legend>
        {FIELDS.map((f) => (
          <label key={f}>
            <span>{t(`reportView.${f}`)}</span>
            <input
              data-testid={`report-${f}`}
              value={settings[f]}
              disabled={!loaded}
              maxLength={f === 'preparingUnit' ? 80 : 40}
              onChange={(e) => {
                setSaved(false);
                setSettings({ ...settings, [f]: e.target.value });
              }}
            />
          </label>
        ))}
        <button type="button" disabled={!loaded} onClick={() => void save().catch(report)}>
          {t('reportView.save')}
        </button>
        {saved && <span className="report-view__saved">{t('reportView.saved')}</span>}
      </fieldset>
      <div className="report-view__actions">
        <button type="button" className="primary" data-testid="report-print" disabled={!loaded} onClick={() => void openPrint()}>
          {t('reportView.print')}
        </button>
        <XlsxButton zone={zone} asOf={asOf} lang={lang} disabled={!loaded} />
      </div>
      {tab && <PrintTabProgress key={tab.opened} tab={tab.win} onDone={() => setTab(null)} />}
      <PlotSheetPanel asOf={asOf} lang={lang} />
      <p className="report-view__hint">
        {info.transport === 'electron' ? t('reportView.desktopHint') : t('reportView.printHint')}
        {info.transport !== 'electron' && <code>{`npm run -s cli -- report --zone ${zone} --as-of ${asOf} --out report.pdf${lang === 'en' ? ' --lang en' : ''}`}</code>}
      </p>
    </div>
  );
}
