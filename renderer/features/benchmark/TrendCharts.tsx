import { useTranslation } from 'react-i18next';
import type { RankingReport } from '../../../shared/api/benchmarkViews';
import { RANKING_INDICATORS } from '../../../shared/rules/benchmarkSettings';
import { fmtNumber } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useBenchActions, useBenchState } from './benchmarkStore';
import { LineChart, type ChartSeries } from './LineChart';
import { ZONE_COLOURS } from './palette';

/** The four indicators of every zone over the years, one small chart each, with a shared zone legend. */
export function TrendCharts({ report }: { report: RankingReport }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const highlight = useBenchState((s) => s.zoneId);
  const { drill } = useBenchActions();
  const years = report.history.map((h) => h.year);
  const zones = [...report.zones].sort((a, b) => a.tier - b.tier || a.id.localeCompare(b.id));
  const colour = (id: string) => ZONE_COLOURS[zones.findIndex((z) => z.id === id) % ZONE_COLOURS.length] ?? '#888';
  return (
    <div className="trends">
      <div className="legend-row">
        {zones.map((z) => (
          <button key={z.id} type="button" className={`legend-item legend-item--button${highlight === z.id ? ' is-active' : ''}`} onClick={() => drill(highlight === z.id ? null : z.id)}>
            <i style={{ background: colour(z.id) }} />
            {zoneShortLabel(z, lang)}
          </button>
        ))}
      </div>
      <div className="trends__grid">
        {RANKING_INDICATORS.map((k) => {
          const series: ChartSeries[] = zones.map((z) => ({
            id: z.id,
            label: zoneShortLabel(z, lang),
            colour: colour(z.id),
            values: report.history.map((h) => h.zones.find((hz) => hz.id === z.id)?.indicators[k] ?? null),
          }));
          const unit = k === 'plotRatio' ? '' : ` (${t('bench.unitWanPerMu')})`;
          return <LineChart key={k} testId={`trend-${k}`} title={`${t(`bench.${k}`)}${unit}`} years={years} series={series} highlight={highlight} format={(v) => fmtNumber(v, lang, k === 'plotRatio' ? 2 : Number.isInteger(v) ? 0 : 1)} />;
        })}
      </div>
    </div>
  );
}
