import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionForm as FormData, SavedInspection } from '../../../shared/api/idleLandViews';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import { InspectionInput, InspectionStage, StartBasis } from '../../../shared/schemas/inspection';
import { LIFECYCLE_LABEL } from '../../../shared/rules/lifecycleText';
import { useAppState } from '../../stores/appStore';
import { pick } from '../idle-land/labels';
import { useWrite } from '../idle-land/useWrite';
import { initialState, issuesByField, toDraft, type FormState } from './draft';
import { PositionAndPhotos } from './PositionAndPhotos';

export type SetField = <K extends keyof FormState>(key: K, value: FormState[K]) => void;

/** The inspection form (domain.md §8), pre-filled with the stored progress; every problem is listed before saving. */
export function InspectionForm({ form, geometry, onDone }: { form: FormData; geometry: AreaGeometry; onDone: (saved: SavedInspection | null) => void }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const [state, setState] = useState<FormState>(() => initialState(form, new Date()));
  const [tried, setTried] = useState(false);
  const save = useWrite('inspections.save');
  const set: SetField = (key, value) => setState((s) => ({ ...s, [key]: value }));

  const draft = useMemo(() => toDraft(state, form.plotId, form.contractVersion), [state, form.plotId, form.contractVersion]);
  const parsed = useMemo(() => InspectionInput.safeParse(draft), [draft]);
  const issues = parsed.success ? [] : issuesByField(parsed.error);
  const issueOf = (field: keyof FormState) => (tried ? issues.find((i) => i.field === field) : undefined);

  const submit = async () => {
    setTried(true);
    if (!parsed.success) return;
    const saved = await save.run(parsed.data);
    if (saved) onDone(saved);
  };

  const field = (key: keyof FormState, label: string, input: ReactNode, wide = false) => {
    const issue = issueOf(key);
    return (
      <label className={wide ? 'ins-form__wide' : undefined} data-field={key}>
        {label}
        {input}
        {issue && <span className="ins-form__issue">{t(`inspection.issue.${issue.key}`)}</span>}
      </label>
    );
  };
  const textInput = (key: keyof FormState, type = 'text') => (
    <input
      type={type}
      className={issueOf(key) ? 'is-invalid' : undefined}
      value={String(state[key])}
      data-testid={`ins-${key}`}
      onChange={(e) => set(key, e.target.value as never)}
    />
  );

  return (
    <form className="ins-form" data-testid="inspection-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      {form.suspected && (
        <p className="ins-form__wide plot-panel__notice" data-testid="ins-suspected">
          {t('inspection.suspected')}：{form.suspectedText ? pick(form.suspectedText, lang) : pick(LIFECYCLE_LABEL[form.suspected], lang)}
        </p>
      )}
      {tried && issues.length > 0 && (
        <ul className="ins-form__problems" data-testid="ins-problems">
          <strong>{t('inspection.problems')}</strong>
          {issues.map((i, n) => (
            <li key={n}>{t(`inspection.${i.field === 'developedPct' ? 'developedAreaShare' : i.field === 'investedPct' ? 'investedShare' : i.field === 'accuracyM' ? 'accuracy' : i.field}`)}：{t(`inspection.issue.${i.key}`)}</li>
          ))}
        </ul>
      )}
      {field('inspectedAt', t('inspection.inspectedAt'), textInput('inspectedAt', 'datetime-local'))}
      {field('inspector', t('inspection.inspector'), textInput('inspector'))}
      {field('planningPermitNo', t('inspection.planningPermitNo'), textInput('planningPermitNo'))}
      {field('constructionPermitNo', t('inspection.constructionPermitNo'), textInput('constructionPermitNo'))}
      <label className="ins-form__check ins-form__wide">
        <input type="checkbox" checked={state.started} data-testid="ins-started" onChange={(e) => set('started', e.target.checked)} />
        {t('inspection.started')}
      </label>
      {field(
        'startBasis',
        t('inspection.startBasis'),
        <select value={state.startBasis} data-testid="ins-startBasis" className={issueOf('startBasis') ? 'is-invalid' : undefined} onChange={(e) => set('startBasis', e.target.value as FormState['startBasis'])}>
          <option value="">—</option>
          {StartBasis.options.map((b) => (
            <option key={b} value={b}>{t(`inspection.basisLabel.${b}`)}</option>
          ))}
        </select>,
      )}
      {field('startedOn', t('inspection.startedOn'), textInput('startedOn', 'date'))}
      {field(
        'stage',
        t('inspection.stage'),
        <select value={state.stage} data-testid="ins-stage" className={issueOf('stage') ? 'is-invalid' : undefined} onChange={(e) => set('stage', e.target.value as FormState['stage'])}>
          {InspectionStage.options.map((s) => (
            <option key={s} value={s}>{t(`inspection.stageLabel.${s}`)}</option>
          ))}
        </select>,
      )}
      {field('percentBuilt', t('inspection.percentBuilt'), textInput('percentBuilt', 'number'))}
      {field('developedPct', t('inspection.developedAreaShare'), textInput('developedPct', 'number'))}
      {field('investedPct', t('inspection.investedShare'), textInput('investedPct', 'number'))}
      <span className="ins-form__wide muted">{t('inspection.sharesNote')}</span>
      {field('suspendedSince', t('inspection.suspendedSince'), textInput('suspendedSince', 'date'))}
      {field('completedOn', t('inspection.completedOn'), textInput('completedOn', 'date'))}
      {field('acceptanceNo', t('inspection.acceptanceNo'), textInput('acceptanceNo'))}
      {field(
        'notes',
        t('inspection.notes'),
        <textarea rows={3} value={state.notes} data-testid="ins-notes" onChange={(e) => set('notes', e.target.value)} />,
        true,
      )}
      <PositionAndPhotos state={state} set={set} geometry={geometry} issueOf={issueOf} />
      <div className="ins-form__actions">
        <button type="submit" className="btn" disabled={save.busy} data-testid="ins-save">
          {save.busy ? t('inspection.saving') : t('inspection.save')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => onDone(null)}>{t('inspection.cancel')}</button>
        {save.error && <span className="form-error" data-testid="ins-error">{save.error}</span>}
      </div>
    </form>
  );
}
