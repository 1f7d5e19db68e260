import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { decodePlotColumns } from '../../shared/api/columnar/plotColumns';
import type { AppInfo, BatchView, MapLayers, PlotRow, PlotShape, ZoneView } from '../../shared/api/views';
import { useApiQuery } from '../api/useApiQuery';
import { useAppState } from '../stores/appStore';
import { useRevision } from '../stores/revisionStore';

/** The app-wide data every panel reads: fetched once here, re-fetched when the as-of date changes. */
export interface AppData {
  info: AppInfo;
  asOf: string;
  zones: ZoneView[] | undefined;
  zonesById: Map<string, ZoneView>;
  /** Plots on the books as of the date (PlotRow.supplied). */
  plots: PlotRow[] | undefined;
  plotsById: Map<string, PlotRow>;
  shapes: PlotShape[] | undefined;
  layers: MapLayers | undefined;
  batches: BatchView[] | undefined;
  /** True while a re-query for a new as-of date is running (old data still shown). */
  refreshing: boolean;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ info, children }: { info: AppInfo; children: ReactNode }) {
  const asOf = useAppState((s) => s.asOf) ?? info.today;
  const revision = useRevision();
  const zones = useApiQuery('zones.list', { asOf }, revision);
  // One columnar answer for rows and shapes: plots.list + plots.shapes as JSON objects take seconds at 100k plots.
  const plots = useApiQuery('plots.columns', { asOf }, revision);
  const batches = useApiQuery('batches.list', { asOf }, revision);
  const layers = useApiQuery('map.layers', {});

  const decoded = useMemo(() => (plots.data ? decodePlotColumns(plots.data) : undefined), [plots.data]);
  const supplied = useMemo(() => decoded?.rows.filter((p) => p.supplied), [decoded]);
  // Own memos: the loading flags below change the context value twice per query, and these must not be rebuilt then.
  const zonesById = useMemo(() => new Map((zones.data ?? []).map((z) => [z.id, z])), [zones.data]);
  const plotsById = useMemo(() => new Map((supplied ?? []).map((p) => [p.id, p])), [supplied]);
  const value = useMemo<AppData>(
    () => ({
      info,
      asOf,
      zones: zones.data,
      zonesById,
      plots: supplied,
      plotsById,
      shapes: decoded?.shapes,
      layers: layers.data,
      batches: batches.data,
      refreshing: zones.loading || plots.loading || batches.loading,
    }),
    [info, asOf, zones.data, zonesById, zones.loading, supplied, plotsById, plots.loading, decoded, layers.data, batches.data, batches.loading],
  );

  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData outside AppDataProvider');
  return data;
}
