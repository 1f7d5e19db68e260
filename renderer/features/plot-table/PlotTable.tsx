import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotRow } from '../../../shared/api/views';
import { useAppData } from '../../app/AppData';
import { useFilteredPlots } from '../../app/useFilteredPlots';
import { useAppState } from '../../stores/appStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { columnContext, plotColumns, sortRows, type SortState } from './columns';
import { PlotTableRow } from './PlotTableRow';
import { TableFilters } from './TableFilters';

/** Row height in px; the same in panels.css (.plot-table__row). */
const ROW_HEIGHT = 30;

// Sorted orders of the current rows, kept across remounts (switching views back) so 100k rows are not sorted again.
const sortCache = new WeakMap<readonly PlotRow[], Map<string, PlotRow[]>>();
function cachedSort(rows: readonly PlotRow[], key: string, sort: () => PlotRow[]): PlotRow[] {
  let byKey = sortCache.get(rows);
  if (!byKey) sortCache.set(rows, (byKey = new Map()));
  let sorted = byKey.get(key);
  if (!sorted) byKey.set(key, (sorted = sort()));
  return sorted;
}

/** Bottom table of the filtered plots: virtualised (only visible rows are in the DOM), sortable, synced with the map. */
export function PlotTable() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zonesById, plots } = useAppData();
  const filtered = useFilteredPlots();
  // New data (first load, another as-of date) reaches the table in a deferred render after the map has committed,
  // so the map is usable sooner; filter changes show at once.
  const deferredPlots = useDeferredValue(plots);
  const deferredFiltered = useDeferredValue(filtered);
  const { rows, total } = deferredPlots !== plots ? deferredFiltered : filtered;
  const plotId = useSelection((s) => s.plotId);
  const plotSource = useSelection((s) => s.plotSource);
  const { selectPlot } = useSelectionActions();
  const [sort, setSort] = useState<SortState>({ key: 'parcelNo', dir: 1 });
  const scrollRef = useRef<HTMLDivElement>(null);
  // User timing for the benchmark (tests/bench): this table's first render to the frame after it committed.
  const renderStart = useRef(performance.now());
  useEffect(() => {
    const start = renderStart.current;
    requestAnimationFrame(() => performance.measure('plot-table-mount', { start, end: performance.now() }));
  }, []);

  const columns = useMemo(() => plotColumns(t, lang), [t, lang]);
  const ctx = useMemo(() => columnContext(t, lang, zonesById), [t, lang, zonesById]);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    return column ? cachedSort(rows, `${column.key}:${sort.dir}:${lang}`, () => sortRows(rows, column, sort.dir, ctx)) : rows;
  }, [rows, columns, sort, ctx, lang]);
  const template = useMemo(() => columns.map((c) => `minmax(0, ${c.width})`).join(' '), [columns]);
  const onSelectRow = useCallback((id: string) => selectPlot(id, 'table'), [selectPlot]);

  // Stable callbacks: a new getItemKey per render makes the virtualizer re-measure all 100k rows on every scroll frame.
  const getItemKey = useCallback((i: number) => sorted[i]?.id ?? i, [sorted]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  // Two rows beyond each edge (react-virtual's default is one): every row mounted costs a fast scroll frame its work.
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement, estimateSize, overscan: 2, getItemKey });

  // Scroll to a plot selected elsewhere (map, panel) — on a new selection only, not on every re-sort or re-query.
  const sortedRef = useRef(sorted);
  useEffect(() => {
    sortedRef.current = sorted;
  });
  useEffect(() => {
    if (plotId === null || plotSource === 'table') return;
    const index = sortedRef.current.findIndex((p) => p.id === plotId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [plotId, plotSource, virtualizer]);

  const toggleSort = (key: SortState['key']) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));

  return (
    <section className="plot-table" data-testid="plot-table">
      <TableFilters shown={sorted.length} total={total} />
      <div className="plot-table__head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <button
            key={c.key}
            type="button"
            role="columnheader"
            className={`plot-table__th${c.numeric ? ' is-num' : ''}${sort.key === c.key ? ' is-sorted' : ''}`}
            aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
            data-testid={`sort-${c.key}`}
            title={c.hint ?? c.label}
            onClick={() => toggleSort(c.key)}
          >
            <span className="plot-table__label">{c.label}</span>
            <span className="plot-table__arrow">{sort.key === c.key ? (sort.dir === 1 ? '▲' : '▼') : ''}</span>
          </button>
        ))}
      </div>
      <div className="plot-table__scroll" ref={scrollRef} role="grid" data-testid="plot-table-scroll" aria-rowcount={sorted.length} style={{ '--plot-table-cols': template } as CSSProperties}>
        {sorted.length === 0 && <div className="plot-table__empty">{t('table.empty')}</div>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = sorted[item.index];
            if (!p) return null;
            return (
              <PlotTableRow
                key={item.key}
                plot={p}
                index={item.index}
                start={item.start}
                selected={p.id === plotId}
                columns={columns}
                ctx={ctx}
                onSelect={onSelectRow}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
