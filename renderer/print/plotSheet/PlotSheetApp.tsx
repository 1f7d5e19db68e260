import { useEffect, useState } from 'react';
import type { LandApi } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/domain/enums';
import { describeError, errorText } from '../../api/ApiCallError';
import { loadFooterFont, PageFooterCss } from '../PageFooterCss';
import { PrintToolbar } from '../PrintToolbar';
import { REPORT_TEXT } from '../printText';
import { loadPlotSheets, type PlotSheetData } from './loadPlotSheets';
import { PlotSheetPage } from './PlotSheetPage';
import { PLOT_SHEET_TEXT } from './plotSheetText';
import './plotSheet.css';

interface Props {
  api: LandApi;
  plots: readonly string[];
  asOf: string;
  lang: Lang;
  footer: 'template' | 'css';
}

/** Denser steps a sheet takes when its content is taller than the page (long English labels, four findings, photos). */
const TIGHTER = ['sheet-tight', 'sheet-tighter'] as const;

/**
 * Every sheet must stay one page: where the content overflows the page-high box, switch to a denser layout, step by
 * step. The screen layout has the print width (210 mm less the margins), so what fits here fits on paper.
 */
function fitSheets(): void {
  for (const sheet of Array.from(document.querySelectorAll<HTMLElement>('.plot-sheet'))) {
    for (const step of TIGHTER) {
      if (sheet.scrollHeight <= sheet.clientHeight + 1) break;
      sheet.classList.add(step);
    }
    sheet.dataset.fits = sheet.scrollHeight <= sheet.clientHeight + 1 ? '1' : '0';
  }
}

const plotSheetFooter = (lang: Lang, asOf: string) => `${PLOT_SHEET_TEXT[lang].footer} · ${REPORT_TEXT[lang].asOfShort} ${asOf}`;

/** The plot-sheet print route: one page per plot id, then `body[data-ready]` for the printer (as the zone report does). */
export function PlotSheetApp({ api, plots, asOf, lang, footer }: Props) {
  const t = REPORT_TEXT[lang];
  const [sheets, setSheets] = useState<PlotSheetData[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadPlotSheets(api, plots, asOf).then(
      (s) => current && setSheets(s),
      (e: unknown) => current && setError(errorText(describeError(e), lang)),
    );
    return () => {
      current = false;
    };
  }, [api, plots, asOf, lang]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (error !== null) {
      document.body.dataset.ready = 'error';
      document.body.dataset.error = error;
      return;
    }
    if (!sheets) return;
    document.title = `${PLOT_SHEET_TEXT[lang].title} ${sheets.length === 1 ? (sheets[0]?.detail.plot.parcelNo ?? '') : `(${sheets.length})`}`;
    const label = plotSheetFooter(lang, asOf);
    document.body.dataset.footer = label;
    // Photos are data: URLs, but still decode asynchronously: print only once every image is laid out.
    void Promise.all([document.fonts.ready, loadFooterFont(label, lang), ...Array.from(document.images, (img) => img.decode().catch(() => undefined))]).then(() => {
      fitSheets();
      document.body.dataset.ready = '1';
    });
  }, [sheets, error, lang, asOf]);

  if (error !== null) return <p className="print-status">{`${t.failed}: ${error}`}</p>;
  if (!sheets) return <p className="print-status">{t.loading}</p>;
  return (
    <div className="print-doc" data-testid="print-doc">
      {footer === 'css' && <PageFooterCss label={plotSheetFooter(lang, asOf)} lang={lang} />}
      {footer === 'css' && <PrintToolbar lang={lang} />}
      {sheets.map((s) => (
        <PlotSheetPage key={s.detail.plot.id} sheet={s} lang={lang} asOf={asOf} />
      ))}
    </div>
  );
}
