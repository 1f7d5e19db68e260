import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneView } from '../../../shared/api/views';
import { belowFiveYearFloor, combineUnsuppliedRates, FIVE_YEAR_SUPPLY_FLOOR } from '../../../shared/rules/unsuppliedRates';
import { fmtPercent } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import './unsuppliedRates.css';

/** `citySupplyRate`: 供地率 over every batch (the view's totals row), shown when no zone is selected. */
type Props = { zones: ZoneView[]; citySupplyRate: number | null; zoneId: string; asOf: string };

/** 供地率, 近五年供地率 (marked under the 增存挂钩 floor) and 本年处置率 of the city or the selected zone. */
export function UnsuppliedRatesStrip({ zones, citySupplyRate, zoneId, asOf }: Props) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const zone = zones.find((z) => z.id === zoneId);
  const rates = useMemo(
    () => (zone ? zone.kpi.unsuppliedRates : combineUnsuppliedRates(zones.map((z) => z.kpi.unsuppliedRates), asOf)),
    [zone, zones, asOf],
  );
  const supplyRate = zone ? zone.kpi.supplyRate : citySupplyRate;
  const floor = fmtPercent(FIVE_YEAR_SUPPLY_FLOOR.rate, lang, 0);
  const years = FIVE_YEAR_SUPPLY_FLOOR.windowYears;
  const below = belowFiveYearFloor(rates.fiveYear.rate);
  const { from, to } = rates.disposal;
  return (
    <section className="rates-strip" data-testid="unsupplied-rates" aria-label={t('batchRates.label')}>
      <div className="rates-strip__scope">{zone ? zoneShortLabel(zone, lang) : t('batchRates.scopeCity')}</div>
      <div className="rates-strip__kpi" title={t('batchRates.supplyRateHint')}>
        <span className="rates-strip__label">{t('batchRates.supplyRate')}</span>
        <span className="rates-strip__value" data-testid="rate-supply">{fmtPercent(supplyRate, lang)}</span>
      </div>
      <div className={`rates-strip__kpi${below ? ' is-below' : ''}`} title={t('batchRates.fiveYearHint', { source: FIVE_YEAR_SUPPLY_FLOOR.source[lang], floor, years })}>
        <span className="rates-strip__label">{t('batchRates.fiveYear')}</span>
        <span className="rates-strip__value" data-testid="rate-five-year">{fmtPercent(rates.fiveYear.rate, lang)}</span>
        {below && (
          <span className="rates-strip__flag" data-testid="rate-five-year-below" title={t('batchRates.belowFloorTitle', { floor })}>
            {t('batchRates.belowFloor', { floor })}
          </span>
        )}
        <span className="rates-strip__sub">{t('batchRates.fiveYearSub', { count: rates.fiveYear.batches, years })}</span>
      </div>
      <div className="rates-strip__kpi" title={t('batchRates.disposalHint', { from })}>
        <span className="rates-strip__label">{t('batchRates.disposal')}</span>
        <span className="rates-strip__value" data-testid="rate-disposal">{fmtPercent(rates.disposal.rate, lang)}</span>
        <span className="rates-strip__sub">{t('batchRates.disposalSub', { from, to })}</span>
      </div>
      <p className="rates-strip__note">
        {t('batchRates.fiveYearHint', { source: FIVE_YEAR_SUPPLY_FLOOR.source[lang], floor, years })} {t('batchRates.withdrawalCaveat')}
      </p>
    </section>
  );
}
