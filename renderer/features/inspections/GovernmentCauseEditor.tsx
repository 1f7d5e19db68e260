import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionForm } from '../../../shared/api/idleLandViews';
import { Art8Ground, ART8_GROUND_LABEL } from '../../../shared/rules/governmentCause';
import { useAppState } from '../../stores/appStore';
import { pick } from '../idle-land/labels';
import { useWrite } from '../idle-land/useWrite';

/** Records a government-caused delay with its Art. 8 ground (or clears it): no fee, Art. 12 disposal. */
export function GovernmentCauseEditor({ form }: { form: InspectionForm }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const [ground, setGround] = useState<Art8Ground | ''>(form.governmentGround ?? '');
  const [reason, setReason] = useState(form.governmentReason ?? '');
  const save = useWrite('plots.governmentCause.set');
  useEffect(() => {
    setGround(form.governmentGround ?? '');
    setReason(form.governmentReason ?? '');
  }, [form.governmentGround, form.governmentReason]);
  const dirty = ground !== (form.governmentGround ?? '') || (ground !== '' && reason !== (form.governmentReason ?? ''));
  return (
    <details className="gov-options" open={form.governmentCause}>
      <summary>{t('inspection.governmentCause')}</summary>
      <div className="ins-form">
        <label>
          {t('warnings.ground')}
          <select value={ground} data-testid="gov-ground" onChange={(e) => setGround(e.target.value as Art8Ground | '')}>
            <option value="">{t('inspection.governmentNone')}</option>
            {Art8Ground.options.map((g) => (
              <option key={g} value={g}>{pick(ART8_GROUND_LABEL[g], lang)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('warnings.reason')}
          <input value={reason} disabled={ground === ''} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="ins-form__actions">
          <button
            type="button"
            className="btn btn--ghost"
            disabled={!dirty || save.busy}
            onClick={() =>
              void save.run({ plotId: form.plotId, contractVersion: form.contractVersion, governmentCause: ground !== '', ground: ground === '' ? null : ground, reason: reason.trim() || null })
            }
          >
            {t('inspection.governmentSave')}
          </button>
          {save.error && <span className="form-error">{save.error}</span>}
        </div>
      </div>
    </details>
  );
}
