import { useTranslation } from 'react-i18next';
import type { ZoneAggregate } from '../../../shared/rules/aggregates';
import { fmtMu, fmtNumber, fmtPercent, fmtPerMu, fmtPlotRatio } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';

/** The KPIs of one zone (or the whole city) in a dense two-column grid, with the compliance counts as a bar. */
export function ZoneKpiGrid({ kpi }: { kpi: ZoneAggregate }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const total = kpi.compliant + kpi.noncompliant + kpi.incomplete;
  const share = (n: number) => (total > 0 ? `${(n / total) * 100}%` : '0%');
  const perMu = t('units.wanPerMuShort');
  const mu = t('units.mu');
  const cells: [key: string, label: string, value: string, unit: string][] = [
    ['plotRatio', t('zones.plotRatio'), fmtPlotRatio(kpi.plotRatio, lang), ''],
    ['taxPerMu', t('zones.taxPerMu'), fmtPerMu(kpi.taxPerMu, lang, 2), perMu],
    ['investmentPerMu', t('zones.investmentPerMu'), fmtPerMu(kpi.investmentPerMu, lang, 1), perMu],
    ['supplyRate', t('zones.supplyRate'), fmtPercent(kpi.supplyRate, lang), ''],
    ['idleArea', t('zones.idleArea'), fmtMu(kpi.idleAreaMu, lang), mu],
    ['unsuppliedArea', t('zones.unsuppliedArea'), fmtMu(kpi.unsuppliedAreaMu, lang), mu],
  ];
  return (
    <div className="kpi">
      <dl className="kpi__grid">
        {cells.map(([key, label, value, unit]) => (
          <div key={key} className="kpi__cell" data-testid={`kpi-${key}`}>
            <dt title={label}>{label}</dt>
            <dd>
              {value}
              {unit && <small>{unit}</small>}
            </dd>
          </div>
        ))}
      </dl>
      <div className="kpi__bar" aria-hidden>
        <span className="kpi__bar-seg kpi__bar-seg--green" style={{ width: share(kpi.compliant) }} />
        <span className="kpi__bar-seg kpi__bar-seg--amber" style={{ width: share(kpi.incomplete) }} />
        <span className="kpi__bar-seg kpi__bar-seg--red" style={{ width: share(kpi.noncompliant) }} />
      </div>
      <div className="kpi__counts">
        <span className="dot dot--green" />
        {t('zones.compliant')} <b>{fmtNumber(kpi.compliant, lang)}</b>
        <span className="dot dot--amber" />
        {t('zones.incomplete')} <b>{fmtNumber(kpi.incomplete, lang)}</b>
        <span className="dot dot--red" />
        {t('zones.noncompliant')} <b>{fmtNumber(kpi.noncompliant, lang)}</b>
      </div>
    </div>
  );
}
