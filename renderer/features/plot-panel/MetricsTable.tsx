import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';

function rowClass(year: number, usedYear: number | null): string {
  if (year === usedYear) return 'is-used';
  return usedYear !== null && year > usedYear ? 'is-later' : '';
}

function rowTitle(year: number, usedYear: number | null, t: TFunction): string | undefined {
  if (year === usedYear) return t('panel.metricsYear');
  return usedYear !== null && year > usedYear ? t('panel.metricsLater') : undefined;
}

/** Yearly survey figures, newest first; the year the evaluation used is marked, later years (not complete by the as-of date) muted. */
export function MetricsTable({ metrics, usedYear }: { metrics: PlotDetail['metrics']; usedYear: number | null }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  if (metrics.length === 0) return null;
  const rows = [...metrics].sort((a, b) => b.year - a.year);
  const n = (v: number | null, d = 0) => fmtNumber(v, lang, d);
  return (
    <section className="panel-section" data-testid="metrics">
      <h3 className="panel-section__title">{t('panel.metrics')}</h3>
      <div className="metrics-scroll">
        <table className="metrics-table">
          <thead>
            <tr>
              <th>{t('panel.year')}</th>
              <th>{t('panel.operating')}</th>
              <th>{t('panel.floorArea')}<br /><small>{t('units.m2')}</small></th>
              <th>{t('panel.footprint')}<br /><small>{t('units.m2')}</small></th>
              <th>{t('panel.investment')}<br /><small>{t('units.wan')}</small></th>
              <th>{t('panel.tax')}<br /><small>{t('units.wan')}</small></th>
              <th>{t('panel.output')}<br /><small>{t('units.wan')}</small></th>
              <th>{t('panel.employees')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.year} className={rowClass(m.year, usedYear)} title={rowTitle(m.year, usedYear, t)}>
                <td>{m.year}{m.year === usedYear ? ' ●' : ''}</td>
                <td>{m.operating ? t('panel.yes') : t('panel.no')}</td>
                <td>{n(m.floorAreaM2)}</td>
                <td>{n(m.buildingFootprintM2)}</td>
                <td>{n(m.fixedInvestmentWan)}</td>
                <td>{n(m.annualTaxWan, 1)}</td>
                <td>{n(m.outputWan)}</td>
                <td>{n(m.employees)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
