import type { ZoneView } from '../../shared/api/views';
import type { Lang } from '../../shared/domain/enums';
import { fmtNumber } from '../i18n/format';
import { zoneShortLabel } from '../i18n/zoneLabel';

interface Props {
  zones: ZoneView[];
  lang: Lang;
  title: string;
  value: (z: ZoneView) => number | null;
  decimals: number;
  /** The survey's range, drawn as a band behind the bars. */
  band: { min: number; max: number };
  bandLabel: string;
}

/** One horizontal bar per zone, with the survey range shaded for reference. */
export function ComparisonChart({ zones, lang, title, value, decimals, band, bandLabel }: Props) {
  const [x0, w, rowH] = [190, 560, 30];
  const max = Math.max(band.max, ...zones.map((z) => value(z) ?? 0)) * 1.1;
  const x = (v: number) => x0 + (v / max) * w;
  const h = zones.length * rowH + 50;
  return (
    <figure className="keep-together comparison-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 860 ${h}`} className="chart">
        <rect x={x(band.min)} y="0" width={x(band.max) - x(band.min)} height={zones.length * rowH} fill="#fdf0c4" />
        <text x={x(band.max)} y={zones.length * rowH + 18} textAnchor="end" fontSize="14" fill="#8a5a00">{`${bandLabel} ${band.min}–${band.max}`}</text>
        {zones.map((z, i) => {
          const v = value(z);
          return (
            <g key={z.id} transform={`translate(0,${i * rowH})`}>
              <text x={x0 - 8} y="20" textAnchor="end" fontSize="15">{zoneShortLabel(z, lang)}</text>
              <rect x={x0} y="6" width={v === null ? 0 : x(v) - x0} height="18" fill="#5b7fb3" />
              <text x={(v === null ? x0 : x(v)) + 6} y="20" fontSize="14">{fmtNumber(v, lang, decimals)}</text>
            </g>
          );
        })}
        <line x1={x0} y1="0" x2={x0} y2={zones.length * rowH} stroke="#333" />
      </svg>
    </figure>
  );
}
