import { useEffect, useState } from 'react';
import type { LandApi } from '../../shared/api/contract';
import type { RankingReport } from '../../shared/api/benchmarkViews';
import type { ZoneView } from '../../shared/api/views';
import type { ZoneReport } from '../../shared/report/reportViews';
import { describeError, errorText } from '../api/ApiCallError';
import { CityComparison } from './CityComparison';
import { CityRanking } from './CityRanking';
import { loadFooterFont, PageFooterCss } from './PageFooterCss';
import { PrintProgress } from './PrintProgress';
import { PrintToolbar } from './PrintToolbar';
import type { PrintParams as AnyPrintParams } from './printParams';
import { REPORT_TEXT } from './printText';
import { ZoneReportView } from './ZoneReportView';
import { PackCover } from './CoverPage';
import { mergeVersionsUsed } from '../../shared/report/versionsUsed';

/** The zone report's parameters: a zone id or `all`. */
type PrintParams = AnyPrintParams & { zone: string };

interface Loaded {
  reports: ZoneReport[];
  /** Every zone's KPIs, for the city pack's comparison; null for a one-zone report. */
  zones: ZoneView[] | null;
  /** The city pack's zone ranking (the dashboard's); null for a one-zone report or a date with no yearly data. */
  ranking: RankingReport | null;
}

/** Loads the zone reports, counting them off (`onProgress(done, total)`) for the progress line and the opener. */
async function load(api: LandApi, { zone, asOf }: PrintParams, onProgress: (done: number, total: number) => void): Promise<Loaded> {
  if (zone !== 'all') {
    onProgress(0, 1);
    const report = await api['report.zone']({ asOf, zoneId: zone });
    onProgress(1, 1);
    return { reports: [report], zones: null, ranking: null };
  }
  const zones = await api['zones.list']({ asOf });
  let done = 0;
  onProgress(done, zones.length);
  const reports = await Promise.all(
    zones.map(async (z) => {
      const r = await api['report.zone']({ asOf, zoneId: z.id });
      done += 1;
      onProgress(done, zones.length);
      return r;
    }),
  );
  const ranking = await api['benchmark.ranking']({ asOf }).catch(() => null);
  return { reports, zones, ranking };
}

/** The footer line the PDF printer repeats on every page (before the page numbers). */
function footerLabel(params: PrintParams, loaded: Loaded): string {
  const t = REPORT_TEXT[params.lang];
  const first = loaded.reports[0];
  const subject = loaded.zones !== null || !first ? t.packTitle : params.lang === 'zh' ? first.zone.name : first.zone.nameEn;
  return `${subject} · ${t.asOfShort} ${params.asOf}`;
}

/**
 * The print route: loads the report data, renders every page, then tells the printer it is ready
 * (`body[data-ready="1"]`, with the footer text in `data-footer`) once fonts are loaded.
 */
export function PrintApp({ api, params }: { api: LandApi; params: PrintParams }) {
  const t = REPORT_TEXT[params.lang];
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);

  useEffect(() => {
    let current = true;
    const onProgress = (done: number, total: number) => {
      if (!current) return;
      document.body.dataset.progress = `${done}/${total}`;
      setProgress([done, total]);
    };
    load(api, params, onProgress).then(
      (l) => current && setLoaded(l),
      (e: unknown) => current && setError(errorText(describeError(e), params.lang)),
    );
    return () => {
      current = false;
    };
  }, [api, params]);

  useEffect(() => {
    document.documentElement.lang = params.lang === 'zh' ? 'zh-CN' : 'en';
    if (error !== null) {
      document.body.dataset.ready = 'error';
      document.body.dataset.error = error;
      return;
    }
    if (!loaded) return;
    const first = loaded.reports[0];
    document.title = loaded.zones ? t.packTitle : `${first ? (params.lang === 'zh' ? first.zone.name : first.zone.nameEn) : ''} ${t.title}`;
    const label = footerLabel(params, loaded);
    document.body.dataset.footer = label;
    void Promise.all([document.fonts.ready, loadFooterFont(label, params.lang)]).then(() => {
      document.body.dataset.ready = '1';
    });
  }, [loaded, error, params, t]);

  if (error !== null) return <p className="print-status">{`${t.failed}: ${error}`}</p>;
  if (!loaded) return <PrintProgress lang={params.lang} progress={progress} cancellable={params.footer === 'css'} />;
  const footer = footerLabel(params, loaded);
  return (
    <div className="print-doc" data-testid="print-doc">
      {params.footer === 'css' && <PageFooterCss label={footer} lang={params.lang} />}
      {params.footer === 'css' && <PrintToolbar lang={params.lang} />}
      {loaded.zones && loaded.reports[0] && (
        <section className="zone-section" style={{ page: 'city' }}>
          <PackCover lang={params.lang} asOf={params.asOf} report={loaded.reports[0]} versions={mergeVersionsUsed(loaded.reports)} />
          <CityComparison lang={params.lang} asOf={params.asOf} zones={loaded.zones} />
          {loaded.ranking && <CityRanking ranking={loaded.ranking} lang={params.lang} />}
        </section>
      )}
      {loaded.reports.map((r) => (
        <ZoneReportView key={r.zone.id} report={r} lang={params.lang} />
      ))}
    </div>
  );
}
