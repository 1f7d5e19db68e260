import { createStoreHooks } from './createStoreHooks';

/** Where a selection came from: the map does not pan to its own clicks, the table does not scroll to its own. */
export type SelectionSource = 'map' | 'table' | 'zones' | 'panel';

interface SelectionState {
  zoneId: string | null;
  plotId: string | null;
  plotSource: SelectionSource;
  /** Bumped on every zone pick (even the same zone again) so the map re-fits. */
  zoneFocus: number;
}

const selection = createStoreHooks<SelectionState, {
  selectZone(zoneId: string | null): void;
  selectPlot(plotId: string | null, source: SelectionSource): void;
}>({ zoneId: null, plotId: null, plotSource: 'zones', zoneFocus: 0 }, (set) => ({
  selectZone: (zoneId) => set((s) => ({ zoneId, zoneFocus: s.zoneFocus + 1 })),
  selectPlot: (plotId, plotSource) => set({ plotId, plotSource }),
}));

export const useSelection = selection.useState;
export const useSelectionActions = selection.useActions;
