import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { useAppData } from '../../app/AppData';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { bboxToBounds } from './geo';
import { searchPlots } from './plotSearch';

/** Search box over the loaded plots by 宗地编号 / 土地使用权人; choosing a suggestion selects the plot (MapFocus pans to it). */
export function MapSearch() {
  const { t } = useTranslation();
  const { plotsById } = useAppData();
  const { selectPlot } = useSelectionActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = useMemo(() => searchPlots(plotsById.values(), query), [plotsById, query]);
  const choose = (id: string | undefined) => {
    if (id === undefined) return;
    selectPlot(id, 'panel');
    setOpen(false);
  };
  return (
    <div className="map-search" data-testid="map-search">
      <input
        type="search"
        value={query}
        placeholder={t('mapTools.search')}
        aria-label={t('mapTools.search')}
        data-testid="map-search-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, found.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(found[active]?.id);
          else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.trim() !== '' && (
        <ul role="listbox" data-testid="map-search-suggestions">
          {found.length === 0 && <li aria-disabled>{t('mapTools.noMatch')}</li>}
          {found.map((p, i) => (
            <li
              key={p.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              data-testid="map-search-suggestion"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p.id);
              }}
            >
              {p.parcelNo} · {p.landUser ?? '—'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Fits the map to the selected plot (also when it is already selected and the user has moved away). */
export function ZoomToSelection() {
  const { t } = useTranslation();
  const map = useMap();
  const { plotsById } = useAppData();
  const plotId = useSelection((s) => s.plotId);
  const plot = plotId === null ? undefined : plotsById.get(plotId);
  return (
    <button
      type="button"
      data-testid="zoom-to-selection"
      disabled={!plot}
      title={t('mapTools.zoomToSelection')}
      onClick={() => plot && map.fitBounds(bboxToBounds(plot.bbox), { maxZoom: 18, padding: [60, 60], animate: false })}
    >
      {t('mapTools.zoomToSelection')}
    </button>
  );
}
