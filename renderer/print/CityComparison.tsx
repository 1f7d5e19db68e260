import type { ZoneView } from '../../shared/api/views';
import type { Lang } from '../../shared/domain/enums';
import { SURVEY_FIGURES } from '../../shared/report/surveyFigures';
import { fmtMu, fmtNumber, fmtPercent } from '../i18n/format';
import { zoneShortLabel } from '../i18n/zoneLabel';
import { paren } from './labels';
import { fill, REPORT_TEXT } from './printText';

/** Zones side by side on the same indicators, with the client's survey figures quoted for reference. */
export function CityComparison({ zones, lang, asOf }: { zones: ZoneView[]; lang: Lang; asOf: string }) {
  const t = REPORT_TEXT[lang];
  const s = SURVEY_FIGURES;
  const outside = (v: number | null, range: { min: number; max: number }) => v !== null && (v < range.min || v > range.max);
  return (
    <div className="page-start comparison" data-testid="comparison">
      <h2>{`${t.comparisonHeading}${paren(`${t.asOfShort} ${asOf}`, lang)}`}</h2>
      <table className="data" data-testid="comparison-table">
        <thead>
          <tr>
            <th>{t.zone}</th>
            <th className="num">{t.plotCount}</th>
            <th className="num">{t.landArea}</th>
            <th className="num">{t.plotRatio}</th>
            <th className="num">{t.investment}</th>
            <th className="num">{t.tax}</th>
            <th className="num">{t.supplyRate}</th>
            <th className="num">{`${t.idleRate}`}</th>
            <th className="num">{t.unsupplied}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((z) => (
            <tr key={z.id}>
              <td>{zoneShortLabel(z, lang)}</td>
              <td className="num">{fmtNumber(z.kpi.plotCount, lang)}</td>
              <td className="num">{fmtMu(z.kpi.landAreaMu, lang)}</td>
              <td className={`num${outside(z.kpi.plotRatio, s.plotRatio) ? ' flag' : ''}`}>{fmtNumber(z.kpi.plotRatio, lang, 2)}</td>
              <td className="num">{fmtNumber(z.kpi.investmentPerMu, lang, 1)}</td>
              <td className={`num${outside(z.kpi.taxPerMu, s.taxPerMu) ? ' flag' : ''}`}>{fmtNumber(z.kpi.taxPerMu, lang, 2)}</td>
              <td className="num">{fmtPercent(z.kpi.supplyRate, lang)}</td>
              <td className="num">{fmtPercent(z.kpi.landAreaMu > 0 ? z.kpi.idleAreaMu / z.kpi.landAreaMu : null, lang)}</td>
              <td className="num">{fmtMu(z.kpi.unsuppliedAreaMu, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="survey">
            <td>{t.surveyRef}</td>
            <td />
            <td />
            <td className="num">{`${s.plotRatio.min}–${s.plotRatio.max}`}</td>
            <td />
            <td className="num">{`${s.taxPerMu.min}–${s.taxPerMu.max}`}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
      <p className="note">
        {fill(t.surveyText, { prMin: s.plotRatio.min, prMax: s.plotRatio.max, taxMin: s.taxPerMu.min, taxMax: s.taxPerMu.max })}
        {` ${t.source}${lang === 'zh' ? '：' : ': '}${s.source[lang]}`}
      </p>
    </div>
  );
}
