import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { Appendix } from './Appendix';
import { ZoneCover } from './CoverPage';
import { ChartsSection } from './Charts';
import { KpiTable } from './KpiTable';
import { zoneName } from './labels';
import { MapPage } from './MapPage';
import { REPORT_TEXT } from './printText';
import { BatchTable, IdleTable, NoncompliantTable } from './ReportTables';

/** A named page per zone, so every page of the zone's report carries its name and date at the top (CSS margin boxes). */
function RunningHeader({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const css = `@page zone-${report.zone.id} {
    @top-left { content: ${JSON.stringify(zoneName(report.zone, lang))}; font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 2mm; }
    @top-right { content: ${JSON.stringify(`${t.title} · ${t.asOfShort} ${report.asOf}`)}; font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 2mm; }
  }`;
  return <style>{css}</style>;
}

export function ZoneReportView({ report, lang }: { report: ZoneReport; lang: Lang }) {
  return (
    <section className="zone-section" style={{ page: `zone-${report.zone.id}` }} data-zone={report.zone.id}>
      <RunningHeader report={report} lang={lang} />
      <ZoneCover report={report} lang={lang} />
      <MapPage report={report} lang={lang} />
      <div className="page-start">
        <KpiTable report={report} lang={lang} />
        <ChartsSection report={report} lang={lang} />
      </div>
      <NoncompliantTable report={report} lang={lang} />
      <IdleTable report={report} lang={lang} />
      <BatchTable report={report} lang={lang} />
      <Appendix report={report} lang={lang} />
    </section>
  );
}
