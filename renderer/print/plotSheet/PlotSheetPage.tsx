import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/domain/enums';
import { m2ToMu } from '../../../shared/domain/units';
import { COMPLIANCE_COLOR } from '../../features/map/plotStyle';
import { landUseLabel } from '../../i18n/domainTerms';
import { fmtDate, fmtNumber } from '../../i18n/format';
import { projectTypeLabel, statusLabel, zoneName } from '../labels';
import type { PlotSheetData } from './loadPlotSheets';
import { PlotSheetMap } from './PlotSheetMap';
import { FindingsBlock, InspectionBlock, LifecycleBlock, VisitBox } from './PlotSheetSections';
import { PLOT_SHEET_TEXT } from './plotSheetText';

type Props = { sheet: PlotSheetData; lang: Lang; asOf: string };

function Attributes({ sheet, lang }: Omit<Props, 'asOf'>) {
  const { t } = useTranslation();
  const s = PLOT_SHEET_TEXT[lang];
  const { plot: p, contract: c, batch } = sheet.detail;
  const wan = (v: number | null, d = 0) => (v === null ? '—' : `${fmtNumber(v, lang, d)} ${t('units.wan')}`);
  const m2 = (v: number | null) => (v === null ? '—' : `${fmtNumber(v, lang, 0)} ${t('units.m2')}`);
  const rows: [string, string][] = [
    [t('panel.supervisionNo'), p.supervisionNo ?? '—'],
    [t('panel.creditCode'), p.creditCode ?? '—'],
    [t('panel.projectType'), projectTypeLabel(p.projectType, lang)],
    [t('panel.landUse'), landUseLabel(p.landUseCode, lang) ?? '—'],
    [t('panel.industry'), p.industryCode ?? '—'],
    [t('panel.area'), `${fmtNumber(p.landAreaM2, lang, 0)} ${t('units.m2')} · ${fmtNumber(m2ToMu(p.landAreaM2), lang, 2)} ${t('units.mu')}`],
    [s.metricsYear, p.metricsYear === null ? '—' : String(p.metricsYear)],
    [s.floorArea, m2(p.floorAreaM2)],
    [s.footprint, m2(p.buildingFootprintM2)],
    [s.investment, wan(p.fixedInvestmentWan)],
    [s.tax, wan(p.annualTaxWan, 1)],
    [s.operating, p.operating ? s.yes : s.no],
    [t('panel.supplyMethod'), c ? t(`supplyMethod.${c.supplyMethod}`) : '—'],
    [t('panel.contractDate'), fmtDate(c?.contractDate)],
    [t('panel.landPrice'), wan(c?.landPriceWan ?? null)],
    [t('panel.agreedPlotRatio'), c && (c.agreedPlotRatioMin !== null || c.agreedPlotRatioMax !== null) ? `${fmtNumber(c.agreedPlotRatioMin, lang, 1)} – ${fmtNumber(c.agreedPlotRatioMax, lang, 1)}` : '—'],
    [t('panel.committedInvestment'), wan(c?.committedInvestmentWan ?? null)],
    [t('panel.batch'), batch ? `${batch.approvalNo}（${batch.approvalDate}）` : '—'],
  ];
  return (
    <dl className="sheet-attrs" data-testid="sheet-attrs">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One A4 page per plot, for a site visit: map, attributes, evaluation, lifecycle, last inspection, a box to fill in. */
export function PlotSheetPage({ sheet, lang, asOf }: Props) {
  const s = PLOT_SHEET_TEXT[lang];
  const { t } = useTranslation();
  const { plot, zone, evaluation } = sheet.detail;
  return (
    <section className="plot-sheet" data-testid="plot-sheet" data-plot={plot.id}>
      <header className="sheet-head">
        <div>
          <div className="sheet-kicker">{`${s.title} · ${zoneName(zone, lang)} · ${s.asOf} ${asOf}`}</div>
          <h1 className="sheet-no">{plot.parcelNo}</h1>
          <div className="sheet-user">{[plot.landUser, plot.projectName].filter(Boolean).join(' · ')}</div>
        </div>
        <span className="sheet-status" style={{ borderColor: COMPLIANCE_COLOR[evaluation.status], color: COMPLIANCE_COLOR[evaluation.status] }}>
          {statusLabel(evaluation.status, lang)}
        </span>
      </header>
      {!plot.supplied && <p className="sheet-notice">{s.notSupplied}</p>}
      <div className="sheet-top">
        <figure className="sheet-figure">
          <PlotSheetMap sheet={sheet} north={s.north} label={s.mapLabel} />
          <figcaption className="sheet-legend">
            <span><i className="swatch" style={{ background: COMPLIANCE_COLOR[evaluation.status], borderColor: '#0a2a66' }} />{s.mapLegendPlot}</span>
            <span><i className="swatch" style={{ background: '#dde1e7' }} />{s.mapLegendNeighbour}</span>
            <span><i className="swatch boundary" />{s.mapLegendZone}</span>
          </figcaption>
        </figure>
        <div className="sheet-attrs-col">
          <h3>{t('panel.attributes')}</h3>
          <Attributes sheet={sheet} lang={lang} />
        </div>
      </div>
      <FindingsBlock sheet={sheet} lang={lang} />
      <LifecycleBlock sheet={sheet} lang={lang} />
      <InspectionBlock sheet={sheet} lang={lang} />
      <VisitBox lang={lang} />
    </section>
  );
}
