import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/idleLandViews';
import { CASE_STATE_LABEL, CaseCause, DOCUMENT_STATES, type CaseState } from '../../../shared/rules/disposalCase';
import { useAppData } from '../../app/AppData';
import { useAppState } from '../../stores/appStore';
import { fileToBase64 } from '../../components/fileBytes';
import { pick } from '../idle-land/labels';
import { useWrite } from '../idle-land/useWrite';

/** Records the next step of a case: only the legal next states are offered; the server checks again and explains a refusal. */
export function CaseStepForm({ kase }: { kase: CaseView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { info } = useAppData();
  const [state, setState] = useState<CaseState | ''>(kase.nextStates[0] ?? '');
  const [date, setDate] = useState(info.today);
  const [documentNo, setDocumentNo] = useState('');
  const [cause, setCause] = useState<CaseCause | ''>('');
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const step = useWrite('cases.step');
  if (kase.nextStates.length === 0) return <p className="muted">{t('cases.terminal')}</p>;

  const submit = async () => {
    if (state === '') return;
    const attachments = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await fileToBase64(f) })));
    const done = await step.run({
      caseId: kase.id,
      rowVersion: kase.rowVersion,
      state,
      date,
      documentNo: documentNo.trim() || null,
      cause: cause === '' ? null : cause,
      note,
      attachments,
    });
    if (done) {
      setDocumentNo('');
      setNote('');
      setFiles([]);
      setCause('');
      setState(done.nextStates[0] ?? '');
    }
  };

  return (
    <form className="ins-form" data-testid="case-step-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label>
        {t('cases.next')}
        <select value={state} data-testid="case-next" onChange={(e) => setState(e.target.value as CaseState)}>
          {kase.nextStates.map((s) => (
            <option key={s} value={s}>{pick(CASE_STATE_LABEL[s], lang)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('cases.date')}
        <input type="date" value={date} data-testid="case-date" onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('cases.documentNo')}
        {state !== '' && DOCUMENT_STATES.includes(state) && ' *'}
        <input value={documentNo} data-testid="case-docno" onChange={(e) => setDocumentNo(e.target.value)} />
      </label>
      {state === 'cause-determined' && (
        <label>
          {t('cases.cause')}
          <select value={cause} data-testid="case-cause" onChange={(e) => setCause(e.target.value as CaseCause | '')}>
            <option value="">—</option>
            {CaseCause.options.map((c) => (
              <option key={c} value={c}>{t(`cases.causeLabel.${c}`)}</option>
            ))}
          </select>
        </label>
      )}
      <label className="ins-form__wide">
        {t('cases.note')}
        <input value={note} data-testid="case-note" onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="ins-form__wide">
        {t('cases.attachments')}
        <input type="file" multiple data-testid="case-files" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
      </label>
      <div className="ins-form__actions">
        <button type="submit" className="btn" disabled={step.busy || state === ''} data-testid="case-submit">{t('cases.submit')}</button>
        {step.error && <span className="form-error" data-testid="case-error">{step.error}</span>}
      </div>
    </form>
  );
}
