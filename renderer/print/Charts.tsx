import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { statusBreakdown } from '../../shared/rules/statusBreakdown';
import { COMPLIANCE_COLOR } from '../features/map/plotStyle';
import { fmtNumber, fmtPercent } from '../i18n/format';
import { paren, projectTypeLabel, standardText, statusLabel } from './labels';
import { REPORT_TEXT } from './printText';

function StatusByArea({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const rows = statusBreakdown(report.plots).map((s) => ({ status: s.status, mu: s.landAreaMu, share: s.areaShare }));
  const max = Math.max(...rows.map((r) => r.mu), 1);
  const labelW = 150;
  const barW = 500;
  return (
    <svg viewBox={`0 0 860 ${rows.length * 44 + 10}`} className="chart" data-testid="chart-status">
      {rows.map((r, i) => (
        <g key={r.status} transform={`translate(0,${i * 44 + 6})`}>
          <text x={labelW - 10} y="22" textAnchor="end" fontSize="17">{statusLabel(r.status, lang)}</text>
          <rect x={labelW} y="4" width={(r.mu / max) * barW} height="26" fill={COMPLIANCE_COLOR[r.status]} />
          <text x={labelW + (r.mu / max) * barW + 8} y="23" fontSize="16">
            {`${fmtNumber(r.mu, lang, 1)}${paren(fmtPercent(r.share, lang), lang)}`}
          </text>
        </g>
      ))}
    </svg>
  );
}

const BIN = 0.2;
const BINS = 10;

/** Plot ratios in bins of 0.2 up to 2.0 (the last bin open-ended), with the zone's plot-ratio standards as lines. */
function RatioDistribution({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const counts = Array.from({ length: BINS }, () => 0);
  let unknown = 0;
  for (const p of report.plots) {
    if (p.plotRatio === null) unknown += 1;
    else counts[Math.min(BINS - 1, Math.floor(p.plotRatio / BIN + 1e-9))]! += 1;
  }
  const max = Math.max(...counts, 1);
  const lines = report.ruleSet.rules.filter((r) => r.metric === 'plot-ratio' && r.projectTypes.length > 0);
  const [x0, y0, w, h] = [60, 30 + lines.length * 22, 760, 220];
  const bw = w / BINS;
  const xOf = (ratio: number) => x0 + (Math.min(ratio, BIN * BINS) / (BIN * BINS)) * w;
  return (
    <svg viewBox={`0 0 860 ${y0 + h + 60}`} className="chart" data-testid="chart-ratio">
      <line x1={x0} y1={y0 + h} x2={x0 + w} y2={y0 + h} stroke="#333" />
      {counts.map((c, i) => (
        <g key={i}>
          <rect x={x0 + i * bw + 3} y={y0 + h - (c / max) * h} width={bw - 6} height={(c / max) * h} fill="#5b7fb3" />
          {c > 0 && <text x={x0 + i * bw + bw / 2} y={y0 + h - (c / max) * h - 5} textAnchor="middle" fontSize="15">{c}</text>}
          <text x={x0 + i * bw} y={y0 + h + 20} textAnchor="middle" fontSize="14">{(i * BIN).toFixed(1)}</text>
        </g>
      ))}
      <text x={x0 + w} y={y0 + h + 20} textAnchor="middle" fontSize="14">{`≥${(BINS * BIN).toFixed(1)}`}</text>
      {lines.map((r, i) => (
        <g key={r.id}>
          <line x1={xOf(r.threshold)} y1={14 + i * 22} x2={xOf(r.threshold)} y2={y0 + h} stroke="#d93025" strokeWidth="2" strokeDasharray="6 4" />
          <text x={xOf(r.threshold) + 6} y={19 + i * 22} fontSize="14" fill="#b3261e">
            {`${t.threshold} ${standardText('plot-ratio', r.comparator, r.threshold, lang)} · ${r.projectTypes.map((p) => projectTypeLabel(p, lang)).join(' / ')}`}
          </text>
        </g>
      ))}
      <text x={x0} y={y0 + h + 48} fontSize="14" fill="#555">{`${t.noValue}: ${unknown}`}</text>
    </svg>
  );
}

export function ChartsSection({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  return (
    <div className="charts keep-together">
      <h2>{t.chartsHeading}</h2>
      <h3>{t.statusByArea}</h3>
      <StatusByArea report={report} lang={lang} />
      <h3>{t.ratioDistribution}</h3>
      <RatioDistribution report={report} lang={lang} />
    </div>
  );
}
