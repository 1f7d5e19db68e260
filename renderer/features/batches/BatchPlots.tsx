import { useTranslation } from 'react-i18next';
import type { BatchView } from '../../../shared/api/views';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { LIFECYCLE_TONE } from '../../components/statusTone';
import { fmtM2AsMu } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { useOpenPlot } from '../idle-land/useOpenPlot';

/** The plots supplied from a batch (PlotRow.batchId), each opening on the main map. */
export function BatchPlots({ batch }: { batch: BatchView | null }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { plots } = useAppData();
  const openPlot = useOpenPlot();
  if (!batch) return <p className="plot-panel__empty">{t('batches.select')}</p>;
  const supplied = (plots ?? []).filter((p) => p.batchId === batch.id);
  return (
    <section className="panel-section" data-testid="batch-plots" style={{ padding: '8px 12px' }}>
      <h3 className="panel-section__title">{t('batches.plotsOf', { no: batch.approvalNo, count: supplied.length })}</h3>
      {supplied.length === 0 ? (
        <p className="muted">{t('batches.noPlots')}</p>
      ) : (
        <table className="idle-table">
          <tbody>
            {supplied.map((p) => (
              <tr key={p.id} className="is-clickable" data-testid="batch-plot" onClick={() => openPlot(p.id)}>
                <td className="mono">{p.parcelNo}</td>
                <td>{p.landUser}</td>
                <td className="num">{fmtM2AsMu(p.landAreaM2, lang, 2)} {t('units.mu')}</td>
                <td>{p.contractDate}</td>
                <td>{p.lifecycle && <Badge tone={LIFECYCLE_TONE[p.lifecycle]}>{t(`lifecycle.${p.lifecycle}`)}</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
