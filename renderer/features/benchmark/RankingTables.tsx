import { useTranslation } from 'react-i18next';
import type { RankedZoneView, RankingReport } from '../../../shared/api/benchmarkViews';
import { RANKING_INDICATORS, type RankingIndicator } from '../../../shared/rules/benchmarkSettings';
import { zoneGroupLabel } from '../../../shared/rules/benchmarkLabels';
import { ZONE_GROUPS } from '../../../shared/rules/ranking';
import { fmtNumber } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useBenchActions, useBenchState } from './benchmarkStore';
import { INDICATOR_COLOURS } from './palette';

const INDICATOR_DECIMALS: Record<RankingIndicator, number> = { taxPerMu: 2, addedValuePerMu: 2, newInvestmentPerMu: 2, plotRatio: 2 };

function ContributionBar({ zone }: { zone: RankedZoneView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <div className="contrib" aria-label={t('bench.contribution')}>
      {RANKING_INDICATORS.map((k) => (
        <span
          key={k}
          className="contrib__seg"
          style={{ width: `${zone.contributions[k]}%`, background: INDICATOR_COLOURS[k] }}
          title={`${t(`bench.${k}`)}: ${fmtNumber(zone.contributions[k], lang, 1)} / ${fmtNumber(zone.weights[k] * 100, lang, 1)}`}
        />
      ))}
    </div>
  );
}

/** The zones ranked in their two groups; each row shows the score as a bar split by indicator contribution. */
export function RankingTables({ report }: { report: RankingReport }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const selected = useBenchState((s) => s.zoneId);
  const { drill } = useBenchActions();
  return (
    <div className="ranking">
      <div className="legend-row">
        {RANKING_INDICATORS.map((k) => (
          <span key={k} className="legend-item">
            <i style={{ background: INDICATOR_COLOURS[k] }} />
            {t(`bench.${k}`)}
          </span>
        ))}
      </div>
      {ZONE_GROUPS.map((group) => {
        const zones = report.zones.filter((z) => z.group === group);
        if (zones.length === 0) return null;
        return (
          <table key={group} className="bench-table" data-testid={`ranking-${group}`}>
            <caption>{zoneGroupLabel(group, report)[lang]}</caption>
            <thead>
              <tr>
                <th className="num">{t('bench.rank')}</th>
                <th>{t('bench.zone')}</th>
                <th className="num">{t('bench.score')}</th>
                <th className="contrib-col">{t('bench.contribution')}</th>
                {RANKING_INDICATORS.map((k) => (
                  <th key={k} className="num" title={t(`bench.${k}`)}>
                    {t(`bench.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {zones.map((z) => (
                <tr key={z.id} data-testid="ranking-row" data-zone={z.id} className={selected === z.id ? 'is-selected' : ''} onClick={() => drill(z.id)}>
                  <td className="num rank-cell">{z.rank}</td>
                  <td>
                    <button type="button" className="link-button zone-link">
                      {lang === 'zh' ? z.name : zoneShortLabel(z, lang)}
                    </button>
                  </td>
                  <td className="num strong">{fmtNumber(z.score, lang, 1)}</td>
                  <td className="contrib-col">
                    <ContributionBar zone={z} />
                  </td>
                  {RANKING_INDICATORS.map((k) => (
                    <td key={k} className="num" title={z.indicators[k] === null ? t('bench.notAvailable') : undefined}>
                      {fmtNumber(z.indicators[k], lang, INDICATOR_DECIMALS[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
