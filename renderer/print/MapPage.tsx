import type { Lang } from '../../shared/domain/enums';
import { bboxOf } from '../../shared/domain/geometry';
import { fitProjection, formatDistance, scaleBarLength, svgPath, unionBbox } from '../../shared/report/printProjection';
import type { ZoneReport } from '../../shared/report/reportViews';
import { statusBreakdown } from '../../shared/rules/statusBreakdown';
import { COMPLIANCE_COLOR } from '../features/map/plotStyle';
import { fmtNumber } from '../i18n/format';
import { statusLabel } from './labels';
import { REPORT_TEXT } from './printText';

const W = 1000;
const H = 1080;

export function NorthArrow({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g transform={`translate(${x},${y})`} className="north-arrow">
      <circle r="34" fill="#fff" stroke="#333" strokeWidth="1.5" />
      <path d="M0,-26 L10,10 L0,4 L-10,10 Z" fill="#222" />
      <text y="27" textAnchor="middle" fontSize="16" fontWeight="700">{label}</text>
    </g>
  );
}

export function ScaleBar({ x, y, metresPerUnit, maxUnits = 260 }: { x: number; y: number; metresPerUnit: number; maxUnits?: number }) {
  const { metres, units } = scaleBarLength(metresPerUnit, maxUnits);
  const half = units / 2;
  return (
    <g transform={`translate(${x},${y})`} className="scale-bar">
      <rect x="-8" y="-30" width={units + 16} height="52" fill="#fff" opacity="0.85" />
      <rect x="0" y="0" width={half} height="8" fill="#222" />
      <rect x={half} y="0" width={half} height="8" fill="#fff" stroke="#222" strokeWidth="1" />
      <text x="0" y="-8" fontSize="15">0</text>
      <text x={units} y="-8" fontSize="15" textAnchor="end">{formatDistance(metres)}</text>
    </g>
  );
}

/** The zone's plots drawn for print: boundary, plots by compliance, legend, scale bar and north arrow. */
export function MapPage({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const bbox = unionBbox([bboxOf(report.zone.boundary), ...report.plots.map((p) => bboxOf(p.geometry))]);
  const proj = fitProjection(bbox, W, H, 40);
  const byStatus = statusBreakdown(report.plots);
  return (
    <div className="page-start map-page">
      <h2>{t.mapHeading}</h2>
      <svg className="print-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.mapHeading} data-testid="print-map">
        <rect x="0" y="0" width={W} height={H} fill="#f7f8fa" stroke="#999" />
        <path d={svgPath(report.zone.boundary, proj)} fill="#eef1f5" stroke="#1d3f72" strokeWidth="3" strokeDasharray="12 6" fillRule="evenodd" />
        {report.plots.map((p) => (
          <path key={p.id} d={svgPath(p.geometry, proj)} fill={COMPLIANCE_COLOR[p.status]} fillOpacity="0.85" stroke="#fff" strokeWidth="0.8" fillRule="evenodd" />
        ))}
        <NorthArrow x={W - 60} y={64} label={t.north} />
        <ScaleBar x={40} y={H - 34} metresPerUnit={proj.metresPerUnit} />
      </svg>
      <div className="map-legend">
        <strong>{t.legend}</strong>
        <span>
          <i className="swatch boundary" /> {t.zoneBoundary}
        </span>
        {byStatus.map((s) => (
          <span key={s.status}>
            <i className="swatch" style={{ background: COMPLIANCE_COLOR[s.status] }} />
            {`${statusLabel(s.status, lang)} ${fmtNumber(s.count, lang)} ${t.plotsUnit} · ${fmtNumber(s.landAreaMu, lang, 1)} ${t.mu}`}
          </span>
        ))}
      </div>
      <p className="note">{t.mapNote}</p>
    </div>
  );
}
