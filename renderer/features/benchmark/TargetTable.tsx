import { useTranslation } from 'react-i18next';
import type { RankingReport } from '../../../shared/api/benchmarkViews';
import { targetGrowthLabel } from '../../../shared/rules/benchmarkLabels';
import { TARGET_INDICATORS } from '../../../shared/rules/planTargets';
import { Badge } from '../../components/Badge';
import { fmtNumber, fmtPercent } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';

/** Henan plan targets per zone: base (with a substitute base year marked *), current value, target and growth. */
export function TargetTable({ report }: { report: RankingReport }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { targets } = report;
  return (
    <div className="targets">
      <p className="bench-note">
        {t('bench.targetsNote', { targetYear: targets.targetYear, planBase: targets.planBaseYear, first: report.years[0] ?? '—', growth: targetGrowthLabel(targets.growth)[lang] })}
      </p>
      <table className="bench-table bench-table--compact" data-testid="targets">
        <thead>
          <tr>
            <th rowSpan={2}>{t('bench.zone')}</th>
            {TARGET_INDICATORS.map((k) => (
              <th key={k} colSpan={3} className="group-head">
                {t(`bench.${k}`)}
              </th>
            ))}
          </tr>
          <tr>
            {TARGET_INDICATORS.map((k) => [
              <th key={`${k}b`} className="num">{t('bench.base')}</th>,
              <th key={`${k}c`} className="num">{`${t('bench.current')} ${report.year}`}</th>,
              <th key={`${k}g`} className="num">{t('bench.growth')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {targets.zones.map(({ zoneId, tracks }) => {
            const zone = report.zones.find((z) => z.id === zoneId);
            return (
              <tr key={zoneId}>
                <td>{zone ? zoneShortLabel(zone, lang) : zoneId}</td>
                {tracks.map((tr) => [
                  <td key={`${tr.indicator}b`} className="num" title={tr.baseYear === null ? '' : String(tr.baseYear)}>
                    {fmtNumber(tr.base, lang, 2)}
                    <small className="muted"> {tr.baseYear ?? ''}{tr.substitute ? '*' : ''}</small>
                  </td>,
                  <td key={`${tr.indicator}c`} className="num">
                    {fmtNumber(tr.current, lang, 2)}
                  </td>,
                  <td key={`${tr.indicator}g`} className="num">
                    {fmtPercent(tr.growth, lang, 0)}{' '}
                    {tr.met !== null && (
                      <Badge tone={tr.met ? 'green' : 'red'} title={`${t('bench.target')} ${fmtNumber(tr.target, lang, 2)} (+${fmtPercent(tr.growthRequired, lang, 0)})`}>
                        {tr.met ? t('bench.met') : t('bench.notMet')}
                      </Badge>
                    )}
                  </td>,
                ])}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
