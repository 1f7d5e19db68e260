import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneView } from '../../../shared/api/views';
import { aggregateZone, type ZoneAggregate } from '../../../shared/rules/aggregates';
import { batchTotals } from '../../../shared/rules/batchTotals';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { fmtMu, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { ZoneKpiGrid } from './ZoneKpiGrid';

/** City-wide KPIs: the same shared aggregate (ratios of sums) over all plots and batches; batch figures unknown (—) while batches are missing. */
function useCityKpi(): ZoneAggregate | null {
  const { plots, batches } = useAppData();
  return useMemo(() => {
    if (!plots) return null;
    if (!batches) return { ...aggregateZone(plots, [], 0), unsuppliedAreaMu: Number.NaN, supplyRate: null };
    return aggregateZone(plots, batches, batchTotals(batches).approvedAreaM2);
  }, [plots, batches]);
}

function ZoneEntry({ zone, selected }: { zone: ZoneView; selected: boolean }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { selectZone } = useSelectionActions();
  return (
    <li>
      <button
        type="button"
        className={`zone-card${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        data-testid={`zone-${zone.id}`}
        onClick={() => selectZone(zone.id)}
      >
        <div className="zone-card__head">
          <span className="zone-card__name" data-testid="zone-name">{lang === 'zh' ? zone.name : zone.nameEn}</span>
        </div>
        <div className="zone-card__meta">
          <Badge tone={zone.level === 'national' ? 'navy' : 'blue'}>{t(`level.${zone.level}`)}</Badge>
          <Badge tone={zone.location === 'central-city' ? 'teal' : 'grey'}>{t(`location.${zone.location}`)}</Badge>
          <span className="zone-card__size">
            {t('zones.plotsCount', { count: zone.kpi.plotCount })} · {fmtMu(zone.kpi.landAreaMu, lang, 0)} {t('units.mu')}
          </span>
        </div>
        <ZoneKpiGrid kpi={zone.kpi} />
      </button>
    </li>
  );
}

/** Left column: "all zones" then the eight zones with their KPIs; picking one selects it and zooms the map. */
export function ZoneList() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zones } = useAppData();
  const zoneId = useSelection((s) => s.zoneId);
  const { selectZone } = useSelectionActions();
  const city = useCityKpi();
  return (
    <nav className="zone-list" aria-label={t('zones.heading')} data-testid="zone-list">
      <h2 className="section-title">{t('zones.heading')}</h2>
      <ul>
        <li>
          <button
            type="button"
            className={`zone-card zone-card--all${zoneId === null ? ' is-selected' : ''}`}
            aria-pressed={zoneId === null}
            data-testid="zone-all"
            onClick={() => selectZone(null)}
          >
            <div className="zone-card__head">
              <span className="zone-card__name">{t('zones.all')}</span>
            </div>
            <div className="zone-card__meta">
              <span className="zone-card__size">
                {t('zones.allSub')}
                {city && (
                  <>
                    {' '}
                    · {t('zones.plotsCount', { count: city.plotCount })} · {fmtNumber(city.landAreaMu, lang, 0)} {t('units.mu')}
                  </>
                )}
              </span>
            </div>
            {city && <ZoneKpiGrid kpi={city} />}
          </button>
        </li>
        {(zones ?? []).map((z) => (
          <ZoneEntry key={z.id} zone={z} selected={z.id === zoneId} />
        ))}
      </ul>
    </nav>
  );
}
