import { useCallback, useEffect } from 'react';
import { useAppData } from '../../app/AppData';
import { useFilteredPlots } from '../../app/useFilteredPlots';
import { useAppState } from '../../stores/appStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { plotColor, plotPathStyle } from './plotStyle';
import { usePlotPolygons, type DrawnPlots } from './usePlotPolygons';

/** Plots on the canvas, coloured by the chosen theme; plots the filters exclude are dimmed, the selected one outlined. */
export function PlotLayer({ onDrawn }: { onDrawn: (drawn: DrawnPlots) => void }) {
  const { shapes, plotsById } = useAppData();
  const { ids: visible } = useFilteredPlots();
  const theme = useAppState((s) => s.theme);
  const selectedId = useSelection((s) => s.plotId);
  const { selectPlot } = useSelectionActions();

  const styleOf = useCallback(
    (id: string, selected: boolean) => plotPathStyle(plotColor(plotsById.get(id), theme), selected, !visible.has(id)),
    [plotsById, theme, visible],
  );
  const onSelect = useCallback((id: string) => selectPlot(id, 'map'), [selectPlot]);
  const drawn = usePlotPolygons({ shapes, styleOf, selectedId, onSelect });

  useEffect(() => onDrawn(drawn), [drawn, onDrawn]);
  return null;
}
