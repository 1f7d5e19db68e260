import { memo } from 'react';
import type { PlotRow } from '../../../shared/api/views';
import type { Column, ColumnContext } from './columns';

interface Props {
  plot: PlotRow;
  index: number;
  start: number;
  selected: boolean;
  columns: Column[];
  ctx: ColumnContext;
  onSelect: (id: string) => void;
}

/** One table row; memoised so a scroll frame renders only the rows entering the window, not every visible one. */
export const PlotTableRow = memo(function PlotTableRow({ plot: p, index, start, selected, columns, ctx, onSelect }: Props) {
  return (
    <div
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      className={`plot-table__row${selected ? ' is-selected' : ''}${index % 2 ? ' is-odd' : ''}`}
      style={{ top: start }}
      data-testid="plot-row"
      data-plot-id={p.id}
      data-status={p.status}
      onClick={() => onSelect(p.id)}
    >
      {columns.map((c) => (
        <div key={c.key} role="gridcell" className={`plot-table__td${c.numeric ? ' is-num' : ''}${c.cellClass ? ` ${c.cellClass}` : ''}`} title={c.title?.(p, ctx)}>
          {c.render(p, ctx)}
        </div>
      ))}
    </div>
  );
});
