import { useCallback } from 'react';
import { useSelectionActions } from '../../stores/selectionStore';
import { useViewActions } from '../../stores/viewStore';

/**
 * Shows a plot on the main map from another view. The map is mounted by the view switch, so the plot is selected a
 * moment later: the map then brings it into view as for any selection made outside the map.
 */
export function useOpenPlot(): (plotId: string) => void {
  const { selectPlot } = useSelectionActions();
  const { setView } = useViewActions();
  return useCallback(
    (plotId: string) => {
      selectPlot(null, 'table');
      setView('map');
      setTimeout(() => selectPlot(plotId, 'table'), 60);
    },
    [selectPlot, setView],
  );
}
