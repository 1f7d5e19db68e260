import type { Lang, Metric } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { fmtMu, fmtNumber, fmtPercent } from '../i18n/format';
import { metricValueText, paren, projectTypeLabel, standardText } from './labels';
import { REPORT_TEXT } from './printText';

interface Row {
  key: string;
  label: string;
  value: string;
  standards: string[];
  tally: string;
}

/** The zone's indicators beside the standards that apply in this zone, and how many plots passed each one. */
export function KpiTable({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const k = report.zone.kpi;
  const standardsOf = (metric: Metric) =>
    report.ruleSet.rules
      .filter((r) => r.metric === metric && r.projectTypes.length > 0)
      .map((r) => `${standardText(metric, r.comparator, r.threshold, lang)}${paren(r.projectTypes.map((p) => projectTypeLabel(p, lang)).join(lang === 'zh' ? '、' : ', '), lang)}`);
  const tallyOf = (metric: Metric) => {
    const x = report.tallies.find((m) => m.metric === metric);
    return x ? `${fmtNumber(x.pass, lang)} / ${fmtNumber(x.fail, lang)} / ${fmtNumber(x.missing, lang)}` : '—';
  };
  const metricRow = (key: Metric, label: string, value: number | null): Row => ({
    key,
    label,
    value: metricValueText(key, value, lang, false),
    standards: standardsOf(key),
    tally: tallyOf(key),
  });
  const rows: Row[] = [
    { key: 'count', label: t.plotCount, value: fmtNumber(k.plotCount, lang), standards: [], tally: '' },
    { key: 'land', label: t.landArea, value: fmtMu(k.landAreaMu, lang), standards: [], tally: '' },
    metricRow('plot-ratio', t.plotRatio, k.plotRatio),
    { ...metricRow('building-density', t.density, report.indicators.buildingDensity), value: fmtPercent(report.indicators.buildingDensity === null ? null : report.indicators.buildingDensity / 100, lang) },
    metricRow('investment-intensity', t.investment, k.investmentPerMu),
    metricRow('tax-per-mu', t.tax, k.taxPerMu),
    { key: 'supply', label: t.supplyRate, value: fmtPercent(k.supplyRate, lang), standards: [], tally: '' },
    { key: 'unsupplied', label: t.unsupplied, value: fmtMu(k.unsuppliedAreaMu, lang), standards: [], tally: '' },
    { key: 'idle', label: t.idleRate, value: fmtPercent(report.indicators.idleRate, lang), standards: [], tally: `${fmtNumber(k.idleCount, lang)} ${t.plotsUnit} · ${fmtMu(k.idleAreaMu, lang)} ${t.mu}` },
  ];
  return (
    <>
      <h2>{t.kpiHeading}</h2>
      <table className="data kpi" data-testid="kpi-table">
        <thead>
          <tr>
            <th className="w-indicator">{t.indicator}</th>
            <th className="num w-value">{t.zoneValue}</th>
            <th>{t.standard}</th>
            <th className="num w-tally">{t.assessment}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td className="nowrap">{r.label}</td>
              <td className="num">{r.value}</td>
              <td>{r.standards.length === 0 ? t.noStandard : r.standards.map((s) => <div key={s}>{s}</div>)}</td>
              <td className="num">{r.tally}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.perPlotNote}</p>
    </>
  );
}
