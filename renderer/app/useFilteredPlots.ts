import { useMemo } from 'react';
import type { PlotRow } from '../../shared/api/views';
import { useFilters, type FilterState } from '../stores/filterStore';
import { useSelection } from '../stores/selectionStore';
import { useAppData } from './AppData';

function matchesFilters(p: PlotRow, zoneId: string | null, f: FilterState, needle: string): boolean {
  if (zoneId !== null && p.zoneId !== zoneId) return false;
  if (f.status !== 'all' && p.status !== f.status) return false;
  if (f.lifecycle === 'none' ? p.lifecycle !== null : f.lifecycle !== 'all' && p.lifecycle !== f.lifecycle) return false;
  if (needle !== '') {
    const hay = `${p.parcelNo} ${p.landUser ?? ''} ${p.supervisionNo ?? ''}`.toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

type Filtered = { rows: PlotRow[]; ids: Set<string>; total: number };

// One shared result: the map, the overview and the table all ask, and a remount must not filter 100k rows again.
let last: { plots: PlotRow[] | undefined; zoneId: string | null; status: string; lifecycle: string; search: string; result: Filtered } | null = null;

function filterPlots(plots: PlotRow[] | undefined, zoneId: string | null, f: FilterState): Filtered {
  if (last && last.plots === plots && last.zoneId === zoneId && last.status === f.status && last.lifecycle === f.lifecycle && last.search === f.search) {
    return last.result;
  }
  const all = plots ?? [];
  const needle = f.search.trim().toLowerCase();
  const rows = all.filter((p) => matchesFilters(p, zoneId, f, needle));
  const result = { rows, ids: new Set(rows.map((p) => p.id)), total: zoneId === null ? all.length : all.filter((p) => p.zoneId === zoneId).length };
  last = { plots, zoneId, status: f.status, lifecycle: f.lifecycle, search: f.search, result };
  return result;
}

/** The plots the current zone and filters let through; the table lists them and the map dims the rest. */
export function useFilteredPlots(): Filtered {
  const { plots } = useAppData();
  const zoneId = useSelection((s) => s.zoneId);
  const status = useFilters((s) => s.status);
  const lifecycle = useFilters((s) => s.lifecycle);
  const search = useFilters((s) => s.search);
  return useMemo(() => filterPlots(plots, zoneId, { status, lifecycle, search }), [plots, zoneId, status, lifecycle, search]);
}
