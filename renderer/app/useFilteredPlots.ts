import { useMemo } from 'react';
import type { PlotRow } from '../../shared/api/views';
import { useFilters, type FilterState } from '../stores/filterStore';
import { useSelection } from '../stores/selectionStore';
import { useAppData } from './AppData';

export function matchesFilters(p: PlotRow, zoneId: string | null, f: FilterState, needle: string): boolean {
  if (zoneId !== null && p.zoneId !== zoneId) return false;
  if (f.status !== 'all' && p.status !== f.status) return false;
  if (f.lifecycle === 'none' ? p.lifecycle !== null : f.lifecycle !== 'all' && p.lifecycle !== f.lifecycle) return false;
  if (needle !== '') {
    const hay = `${p.parcelNo} ${p.landUser ?? ''} ${p.supervisionNo ?? ''}`.toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/** The plots the current zone and filters let through; the table lists them and the map dims the rest. */
export function useFilteredPlots(): { rows: PlotRow[]; ids: Set<string>; total: number } {
  const { plots } = useAppData();
  const zoneId = useSelection((s) => s.zoneId);
  const status = useFilters((s) => s.status);
  const lifecycle = useFilters((s) => s.lifecycle);
  const search = useFilters((s) => s.search);
  return useMemo(() => {
    const all = plots ?? [];
    const needle = search.trim().toLowerCase();
    const f = { status, lifecycle, search };
    const rows = all.filter((p) => matchesFilters(p, zoneId, f, needle));
    return { rows, ids: new Set(rows.map((p) => p.id)), total: zoneId === null ? all.length : all.filter((p) => p.zoneId === zoneId).length };
  }, [plots, zoneId, status, lifecycle, search]);
}
