import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationStatus, LifecycleStatus } from '../../../shared/domain/enums';
import { useAppData } from '../../app/AppData';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useFilterActions, useFilters, type FilterState, type LifecycleFilter } from '../../stores/filterStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';

/**
 * Filter bar: the zone select is the app's selected zone (one state), plus status, lifecycle and a text search.
 * Memoised: the table re-renders on every scroll frame, the filters need not.
 */
export const TableFilters = memo(function TableFilters({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zones } = useAppData();
  const zoneId = useSelection((s) => s.zoneId);
  const { selectZone } = useSelectionActions();
  const status = useFilters((s) => s.status);
  const lifecycle = useFilters((s) => s.lifecycle);
  const search = useFilters((s) => s.search);
  const { setStatus, setLifecycle, setSearch, reset } = useFilterActions();
  const filtered = status !== 'all' || lifecycle !== 'all' || search !== '';

  return (
    <div className="table-filters" data-testid="table-filters">
      <h2 className="section-title">{t('table.heading')}</h2>
      <label>
        <span>{t('table.zone')}</span>
        <select data-testid="filter-zone" value={zoneId ?? ''} onChange={(e) => selectZone(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('table.allZones')}</option>
          {(zones ?? []).map((z) => (
            <option key={z.id} value={z.id}>
              {zoneShortLabel(z, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('table.status')}</span>
        <select data-testid="filter-status" value={status} onChange={(e) => setStatus(e.target.value as FilterState['status'])}>
          <option value="all">{t('table.all')}</option>
          {EvaluationStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('table.lifecycle')}</span>
        <select data-testid="filter-lifecycle" value={lifecycle} onChange={(e) => setLifecycle(e.target.value as LifecycleFilter)}>
          <option value="all">{t('table.all')}</option>
          {LifecycleStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`lifecycle.${s}`)}
            </option>
          ))}
          <option value="none">{t('map.noLifecycle')}</option>
        </select>
      </label>
      <input
        type="search"
        className="table-filters__search"
        data-testid="filter-search"
        placeholder={t('table.search')}
        aria-label={t('table.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {filtered && (
        <button type="button" className="link-button" onClick={reset}>
          {t('table.reset')}
        </button>
      )}
      <span className="table-filters__count" data-testid="table-count">
        {t('table.count', { shown, total })}
      </span>
    </div>
  );
});
