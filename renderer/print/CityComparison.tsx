import type { ZoneView } from '../../shared/api/views';
import type { Lang } from '../../shared/domain/enums';
import { SURVEY_FIGURES } from '../../shared/report/surveyFigures';
import { belowFiveYearFloor, FIVE_YEAR_SUPPLY_FLOOR } from '../../shared/rules/unsuppliedRates';
import { fmtMu, fmtNumber, fmtPercent } from '../i18n/format';
import { zoneShortLabel } from '../i18n/zoneLabel';
import { ComparisonChart } from './ComparisonChart';
import { paren } from './labels';
import { fill, REPORT_TEXT } from './printText';

/** Zones side by side on the same indicators, with the client's survey figures quoted for reference. */
export function CityComparison({ zones, lang, asOf }: { zones: ZoneView[]; lang: Lang; asOf: string }) {
  const t = REPORT_TEXT[lang];
  const s = SURVEY_FIGURES;
  const floor = fmtPercent(FIVE_YEAR_SUPPLY_FLOOR.rate, lang, 0);
  const period = zones[0]?.kpi.unsuppliedRates.disposal;
  return (
    <div className="page-start comparison" data-testid="comparison">
      <style>{`@page city { @top-left { content: ${JSON.stringify(`${t.city} · ${t.cityHeader}`)}; font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 2mm; } @top-right { content: ${JSON.stringify(`${t.packTitle} · ${t.asOfShort} ${asOf}`)}; font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 2mm; } }`}</style>
      <h2>{`${t.comparisonHeading}${paren(`${t.asOfShort} ${asOf}`, lang)}`}</h2>
      <table className="data wrap-heads" data-testid="comparison-table">
        <thead>
          <tr>
            <th>{t.zone}</th>
            <th className="num">{t.plotCount}</th>
            <th className="num">{t.noncompliantCount}</th>
            <th className="num">{t.landArea}</th>
            <th className="num">{t.plotRatio}</th>
            <th className="num">{t.investment}</th>
            <th className="num">{t.tax}</th>
            <th className="num">{t.supplyRate}</th>
            <th className="num">{`${t.idleRate}`}</th>
            <th className="num">{t.unsupplied}</th>
            <th className="num">{t.fiveYearSupplyRate}</th>
            <th className="num">{t.disposalRate}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((z) => (
            <tr key={z.id}>
              <td className="nowrap">{zoneShortLabel(z, lang)}</td>
              <td className="num">{fmtNumber(z.kpi.plotCount, lang)}</td>
              <td className="num">{fmtNumber(z.kpi.noncompliant, lang)}</td>
              <td className="num">{fmtMu(z.kpi.landAreaMu, lang)}</td>
              <td className="num">{fmtNumber(z.kpi.plotRatio, lang, 2)}</td>
              <td className="num">{fmtNumber(z.kpi.investmentPerMu, lang, 1)}</td>
              <td className="num">{fmtNumber(z.kpi.taxPerMu, lang, 2)}</td>
              <td className="num">{fmtPercent(z.kpi.supplyRate, lang)}</td>
              <td className="num">{fmtPercent(z.kpi.idleRate, lang)}</td>
              <td className="num">{fmtMu(z.kpi.unsuppliedAreaMu, lang)}</td>
              <td className="num" data-testid="comparison-five-year">
                {fmtPercent(z.kpi.unsuppliedRates.fiveYear.rate, lang)}
                {belowFiveYearFloor(z.kpi.unsuppliedRates.fiveYear.rate) && <div className="flag-below">{fill(t.belowFloor, { floor })}</div>}
              </td>
              <td className="num">{fmtPercent(z.kpi.unsuppliedRates.disposal.rate, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="survey">
            <td colSpan={4}>{t.surveyRef}</td>
            <td className="num">{`${s.plotRatio.min}–${s.plotRatio.max}`}</td>
            <td />
            <td className="num">{`${s.taxPerMu.min}–${s.taxPerMu.max}`}</td>
            <td colSpan={5} />
          </tr>
        </tfoot>
      </table>
      <p className="note">
        {fill(t.surveyText, { prMin: s.plotRatio.min, prMax: s.plotRatio.max, taxMin: s.taxPerMu.min, taxMax: s.taxPerMu.max })}
        {` ${t.source}${lang === 'zh' ? '：' : ': '}${s.source[lang]}`}
      </p>
      {period && <p className="note">{fill(t.comparisonRatesNote, { floor, years: FIVE_YEAR_SUPPLY_FLOOR.windowYears, source: FIVE_YEAR_SUPPLY_FLOOR.source[lang], from: period.from, to: period.to })}</p>}
      <ComparisonChart zones={zones} lang={lang} title={t.plotRatio} value={(z) => z.kpi.plotRatio} decimals={2} band={s.plotRatio} bandLabel={t.surveyRef} />
      <ComparisonChart zones={zones} lang={lang} title={t.tax} value={(z) => z.kpi.taxPerMu} decimals={2} band={s.taxPerMu} bandLabel={t.surveyRef} />
    </div>
  );
}
