import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedInspection } from '../../../shared/api/idleLandViews';
import type { PlotDetail } from '../../../shared/api/views';
import { LIFECYCLE_LABEL } from '../../../shared/rules/lifecycleText';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { useAppState } from '../../stores/appStore';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { pick } from '../idle-land/labels';
import { GovernmentCauseEditor } from './GovernmentCauseEditor';
import { InspectionForm } from './InspectionForm';
import { InspectionList } from './InspectionList';

/** Plot-panel section: record an inspection (the form), what the last save changed, and the plot's past inspections. */
export function InspectionSection({ detail }: { detail: PlotDetail }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { asOf } = useAppData();
  const revision = useRevision();
  const plotId = detail.plot.id;
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<SavedInspection | null>(null);
  const form = useApiQuery('inspections.form', detail.contract ? { plotId, asOf } : null, revision);
  const list = useApiQuery('inspections.list', { plotId }, revision);
  const label = (s: SavedInspection['before']) => (s ? pick(LIFECYCLE_LABEL[s], lang) : '—');

  return (
    <section className="panel-section" data-testid="inspection-section">
      <div className="idle-view__side-head">
        <h3 className="panel-section__title">{t('inspection.heading')}</h3>
        {detail.contract && !open && (
          <button type="button" className="btn" data-testid="ins-open" disabled={!form.data || form.data.plotId !== plotId} onClick={() => { setResult(null); setOpen(true); }}>
            {t('inspection.record')}
          </button>
        )}
      </div>
      {result && result.inspection.plotId === plotId && (
        <div className="ins-result" data-testid="ins-result">
          <strong>{t('inspection.savedTitle')}</strong>
          <div>{t('inspection.statusChange', { before: label(result.before), after: label(result.after) })}</div>
          {result.changedFields.length > 0 && <div className="muted">{t('inspection.changed', { fields: result.changedFields.join(', ') })}</div>}
          {result.warnings.map((w, i) => (
            <div key={i} className="ins-result__warn" data-testid="ins-warning">⚠ {pick(w, lang)}</div>
          ))}
        </div>
      )}
      {open && form.data && form.data.plotId === plotId && (
        <InspectionForm
          key={`${plotId}-${form.data.contractVersion}`}
          form={form.data}
          geometry={detail.geometry}
          onDone={(saved) => {
            setOpen(false);
            if (saved) setResult(saved);
          }}
        />
      )}
      {form.data && form.data.plotId === plotId && <GovernmentCauseEditor form={form.data} />}
      <InspectionList inspections={list.data && list.data.every((i) => i.plotId === plotId) ? list.data : []} />
    </section>
  );
}
