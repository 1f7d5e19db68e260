export interface ChartSeries {
  id: string;
  label: string;
  colour: string;
  /** One value per year of `years`; null leaves a gap. */
  values: (number | null)[];
}

const W = 320;
const H = 176;
const PAD = { left: 40, right: 10, top: 12, bottom: 22 };

/** 1, 2 or 5 × 10^n at or above the value, so the axis has round ticks. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-12) ?? 10;
  return step * power;
}

/** A small multi-series line chart in inline SVG (no chart library): one line per zone over the years. */
export function LineChart({ title, years, series, format, highlight, testId }: { title: string; years: number[]; series: ChartSeries[]; format: (v: number) => string; highlight: string | null; testId?: string }) {
  const max = niceCeiling(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const x = (i: number) => PAD.left + (years.length < 2 ? 0 : (i * (W - PAD.left - PAD.right)) / (years.length - 1));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const ordered = [...series].sort((a, b) => Number(a.id === highlight) - Number(b.id === highlight));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart__grid" />
            <text x={PAD.left - 4} y={y(v) + 3} className="chart__tick" textAnchor="end">
              {format(v)}
            </text>
          </g>
        ))}
        {years.map((year, i) => (
          <text key={year} x={x(i)} y={H - 6} className="chart__tick" textAnchor="middle">
            {year}
          </text>
        ))}
        {ordered.map((s) => {
          const dim = highlight !== null && s.id !== highlight;
          const segments: string[] = [];
          let path = '';
          s.values.forEach((v, i) => {
            if (v === null) {
              if (path) segments.push(path);
              path = '';
              return;
            }
            path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          });
          if (path) segments.push(path);
          return (
            <g key={s.id} opacity={dim ? 0.25 : 1} data-series={s.id}>
              <title>{s.label}</title>
              {segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={s.colour} strokeWidth={s.id === highlight ? 2.6 : 1.6} />
              ))}
              {s.values.map((v, i) => (v === null ? null : <circle key={years[i]} cx={x(i)} cy={y(v)} r={s.id === highlight ? 3 : 2} fill={s.colour} />))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
