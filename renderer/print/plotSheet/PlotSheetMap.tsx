import { fitProjection, svgPath } from '../../../shared/report/printProjection';
import { COMPLIANCE_COLOR } from '../../features/map/plotStyle';
import { NorthArrow, ScaleBar } from '../MapPage';
import type { PlotSheetData } from './loadPlotSheets';

const S = 600;

/** One plot for print: its neighbours in grey, the zone boundary dashed, the plot in its compliance colour. */
export function PlotSheetMap({ sheet, north, label }: { sheet: PlotSheetData; north: string; label: string }) {
  const proj = fitProjection(sheet.view, S, S, 0);
  const { detail } = sheet;
  return (
    <svg className="sheet-map" viewBox={`0 0 ${S} ${S}`} role="img" aria-label={label} data-testid="sheet-map">
      <defs>
        <clipPath id={`clip-${detail.plot.id}`}>
          <rect x="0" y="0" width={S} height={S} />
        </clipPath>
      </defs>
      <rect x="0" y="0" width={S} height={S} fill="#f7f8fa" />
      <g clipPath={`url(#clip-${detail.plot.id})`}>
        {sheet.zoneBoundary && <path d={svgPath(sheet.zoneBoundary, proj)} fill="none" stroke="#1d3f72" strokeWidth="2.5" strokeDasharray="10 5" />}
        {sheet.neighbours.map((n) => (
          <path key={n.id} d={svgPath(n.geometry, proj)} fill="#dde1e7" stroke="#8a939e" strokeWidth="1" fillRule="evenodd" />
        ))}
        <path d={svgPath(detail.geometry, proj)} fill={COMPLIANCE_COLOR[detail.evaluation.status]} fillOpacity="0.75" stroke="#0a2a66" strokeWidth="3" fillRule="evenodd" />
      </g>
      <rect x="0" y="0" width={S} height={S} fill="none" stroke="#999" />
      <NorthArrow x={S - 44} y={48} label={north} />
      <ScaleBar x={24} y={S - 22} metresPerUnit={proj.metresPerUnit} maxUnits={180} />
    </svg>
  );
}
