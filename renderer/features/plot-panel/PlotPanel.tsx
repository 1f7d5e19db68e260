import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { STATUS_TONE } from '../../components/statusTone';
import { useRevision } from '../../stores/revisionStore';
import { useSelection, useSelectionActions } from '../../stores/selectionStore';
import { CaseSection } from '../cases/CaseSection';
import { HistorySection } from '../history/HistorySection';
import { InspectionSection } from '../inspections/InspectionSection';
import { PlotSheetButton } from '../report/PlotSheetButton';
import { AttributeSection } from './AttributeSection';
import { ContractSection } from './ContractSection';
import { EvaluationSection } from './EvaluationSection';
import { LifecycleSection } from './LifecycleSection';
import { MetricsTable } from './MetricsTable';
import { ZoneSummary } from './ZoneSummary';

/** Right column: everything about the selected plot as of the date (plots.get). */
export function PlotPanel() {
  const { t } = useTranslation();
  const { asOf, plotsById, plots, zonesById } = useAppData();
  const plotId = useSelection((s) => s.plotId);
  const zoneId = useSelection((s) => s.zoneId);
  const zone = plotId === null && zoneId !== null ? zonesById.get(zoneId) : undefined;
  const { selectPlot } = useSelectionActions();
  const revision = useRevision();
  const { data, loading } = useApiQuery('plots.get', plotId === null ? null : { asOf, id: plotId }, revision);
  const detail = data && data.plot.id === plotId ? data : undefined;

  return (
    <aside className="plot-panel" data-testid="plot-panel" aria-label={t('panel.heading')} aria-busy={loading}>
      <div className="plot-panel__header">
        <h2 className="section-title">{t(zone ? 'zoneInfo.heading' : 'panel.heading')}</h2>
        {detail && (
          <button type="button" className="link-button" onClick={() => selectPlot(null, 'panel')} aria-label={t('app.dismiss')}>
            ✕
          </button>
        )}
      </div>
      {plotId === null && (zone ? <ZoneSummary zone={zone} /> : <p className="plot-panel__empty">{t('panel.empty')}</p>)}
      {plotId !== null && !detail && <p className="plot-panel__empty">{t('app.loading')}</p>}
      {detail && (
        <div className="plot-panel__body" data-testid="plot-detail" data-plot-id={detail.plot.id}>
          <div className="plot-title">
            <div className="plot-title__no" data-testid="plot-title">{detail.plot.parcelNo}</div>
            <Badge tone={STATUS_TONE[detail.evaluation.status]} testId="plot-status">{t(`status.${detail.evaluation.status}`)}</Badge>
            <div className="plot-title__name">{detail.plot.landUser ?? detail.plot.projectName}</div>
          </div>
          <PlotSheetButton plotId={detail.plot.id} />
          {plots && !plotsById.has(detail.plot.id) && (
            <p className="plot-panel__notice" data-testid="not-supplied">{t('panel.notSupplied', { asOf })}</p>
          )}
          <AttributeSection detail={detail} />
          <EvaluationSection detail={detail} />
          <LifecycleSection lifecycle={detail.lifecycle} />
          <ContractSection contract={detail.contract} />
          <MetricsTable metrics={detail.metrics} usedYear={detail.plot.metricsYear} />
          <InspectionSection detail={detail} />
          <CaseSection detail={detail} />
          <HistorySection plotId={detail.plot.id} />
        </div>
      )}
    </aside>
  );
}
