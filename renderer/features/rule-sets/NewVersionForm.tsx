import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../shared/api/contract';
import type { DraftImpactView, RuleSetVersionView } from '../../../shared/api/ruleSetViews';
import type { RuleChange } from '../../../shared/rules/ruleSetDraft';
import type { Rule } from '../../../shared/rules/ruleSetSchema';
import { describeError, errorText } from '../../api/ApiCallError';
import { useLandApi } from '../../api/ApiContext';
import { useAppState } from '../../stores/appStore';
import { useWrite } from '../idle-land/useWrite';
import { appliesText, requirementText } from './ruleLabels';

interface RuleEdit {
  threshold: string;
  wording: string;
  noteZh: string;
  noteEn: string;
}

const editOf = (r: Rule): RuleEdit => ({ threshold: String(r.threshold), wording: r.sourceWording, noteZh: r.note?.zh ?? '', noteEn: r.note?.en ?? '' });

/** Only what differs from the base goes to the server; a threshold that is not a number is sent as typed, for the server to refuse. */
function changeOf(r: Rule, e: RuleEdit): RuleChange | null {
  const change: RuleChange = { ruleId: r.id };
  if (e.threshold.trim() !== '' && Number(e.threshold) !== r.threshold) change.threshold = Number(e.threshold);
  if (e.wording.trim() !== r.sourceWording) change.sourceWording = e.wording;
  if ((e.noteZh.trim() || e.noteEn.trim()) && (e.noteZh !== (r.note?.zh ?? '') || e.noteEn !== (r.note?.en ?? ''))) change.note = { zh: e.noteZh, en: e.noteEn };
  return Object.keys(change).length > 1 ? change : null;
}

type Failure = { message: string; messageZh?: string | undefined };

/** 新版本: edit thresholds on top of the newest version, preview which plots' status would change, then save (append-only). */
export function NewVersionForm({ base, onDone }: { base: RuleSetVersionView; onDone: (version: number | null) => void }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const api = useLandApi();
  const create = useWrite('ruleSets.create');
  const [edits, setEdits] = useState<Record<string, RuleEdit>>(() => Object.fromEntries(base.rules.map((r) => [r.id, editOf(r)])));
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [sourceZh, setSourceZh] = useState(base.source.zh);
  const [sourceEn, setSourceEn] = useState(base.source.en);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<{ key: string; impact: DraftImpactView } | null>(null);
  const [previewFailure, setPreviewFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const draft = useMemo((): Omit<ApiInput<'ruleSets.create'>, 'reason'> => {
    const changes = base.rules.flatMap((r) => {
      const e = edits[r.id];
      const c = e ? changeOf(r, e) : null;
      return c ? [c] : [];
    });
    const sourceChanged = sourceZh !== base.source.zh || sourceEn !== base.source.en;
    return { ruleSetId: base.id, baseVersion: base.version, effectiveFrom, changes, ...(sourceChanged ? { source: { zh: sourceZh, en: sourceEn } } : {}) };
  }, [base, edits, effectiveFrom, sourceZh, sourceEn]);
  const key = JSON.stringify(draft);
  const fresh = preview?.key === key ? preview.impact : null;

  const edit = (id: string, patch: Partial<RuleEdit>) => setEdits((all) => ({ ...all, [id]: { ...(all[id] ?? { threshold: '', wording: '', noteZh: '', noteEn: '' }), ...patch } }));

  const runPreview = async () => {
    setBusy(true);
    setPreviewFailure(null);
    try {
      setPreview({ key, impact: await api['ruleSets.preview'](draft) });
    } catch (e) {
      setPreview(null);
      setPreviewFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const saved = await create.run({ ...draft, reason });
    if (saved) onDone(saved.version);
  };
  const shownError = previewFailure ? errorText(previewFailure, lang) : create.error;

  return (
    <section className="rs-panel rs-form" data-testid="rule-set-form">
      <h3>{t('ruleSets.newVersionHeading', { version: base.version })}</h3>
      <p className="rs-intro">{t('ruleSets.newVersionIntro', { version: base.version, date: base.effectiveFrom })}</p>
      <table className="rs-rules rs-edit">
        <thead>
          <tr>
            <th>{t('ruleSets.metric')}</th>
            <th>{t('ruleSets.threshold')}</th>
            <th>{t('ruleSets.newWording')}</th>
          </tr>
        </thead>
        <tbody>
          {base.rules.map((r) => {
            const e = edits[r.id] ?? editOf(r);
            return (
              <tr key={r.id} data-testid="rule-edit" data-rule-id={r.id}>
                <td>
                  <div>{t(`metric.${r.metric}`)} {requirementText(r, lang)}</div>
                  <div className="rs-sub">{appliesText(r, t).join(` ${t('ruleSets.or')} `)}</div>
                </td>
                <td>
                  <input type="number" step="any" className="rs-threshold" value={e.threshold} onChange={(ev) => edit(r.id, { threshold: ev.target.value })} data-testid="rule-threshold" aria-label={`${t(`metric.${r.metric}`)} ${t('ruleSets.threshold')}`} />
                </td>
                <td>
                  <input type="text" className="rs-wide" value={e.wording} onChange={(ev) => edit(r.id, { wording: ev.target.value })} data-testid="rule-wording" aria-label={t('ruleSets.newWording')} />
                  <details className="rs-notes">
                    <summary>{t('ruleSets.note')}</summary>
                    <input type="text" className="rs-wide" placeholder={t('ruleSets.noteZh')} value={e.noteZh} onChange={(ev) => edit(r.id, { noteZh: ev.target.value })} aria-label={t('ruleSets.noteZh')} />
                    <input type="text" className="rs-wide" placeholder={t('ruleSets.noteEn')} value={e.noteEn} onChange={(ev) => edit(r.id, { noteEn: ev.target.value })} aria-label={t('ruleSets.noteEn')} />
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="rs-fields">
        <label>
          {t('ruleSets.effectiveFrom')}
          <input type="date" value={effectiveFrom} onChange={(ev) => setEffectiveFrom(ev.target.value)} data-testid="rule-set-effective" />
        </label>
        <label>
          {t('ruleSets.reason')}
          <textarea rows={2} className="rs-wide" value={reason} placeholder={t('ruleSets.reasonPlaceholder')} onChange={(ev) => setReason(ev.target.value)} data-testid="rule-set-reason" />
        </label>
        <label>
          {t('ruleSets.sourceZh')}
          <input type="text" className="rs-wide" value={sourceZh} onChange={(ev) => setSourceZh(ev.target.value)} data-testid="rule-set-source-zh" />
        </label>
        <label>
          {t('ruleSets.sourceEn')}
          <input type="text" className="rs-wide" value={sourceEn} onChange={(ev) => setSourceEn(ev.target.value)} data-testid="rule-set-source-en" />
        </label>
      </div>
      <div className="rs-toolbar">
        <button type="button" className="rs-secondary" onClick={() => void runPreview()} disabled={busy} data-testid="rule-set-preview">
          {busy ? t('ruleSets.previewing') : t('ruleSets.preview')}
        </button>
        <button type="button" className="rs-primary" onClick={() => void save()} disabled={!fresh || create.busy} title={fresh ? undefined : t('ruleSets.previewFirst')} data-testid="rule-set-save">
          {create.busy ? t('ruleSets.saving') : t('ruleSets.save', { version: fresh?.version ?? base.version + 1 })}
        </button>
        <button type="button" className="rs-secondary" onClick={() => onDone(null)} data-testid="rule-set-cancel">
          {t('ruleSets.cancel')}
        </button>
      </div>
      {fresh && <ImpactText impact={fresh} effectiveFrom={effectiveFrom} />}
      {shownError && (
        <p className="form-error" role="alert" data-testid="rule-set-error">
          {shownError}
        </p>
      )}
    </section>
  );
}

function ImpactText({ impact, effectiveFrom }: { impact: DraftImpactView; effectiveFrom: string }) {
  const { t } = useTranslation();
  return (
    <div className="rs-impact" data-testid="rule-set-impact" data-changed={impact.changed}>
      <strong>{t('ruleSets.impact', { date: effectiveFrom, considered: impact.considered, changed: impact.changed })}</strong>
      {impact.changed === 0 && <div>{t('ruleSets.impactNone')}</div>}
      {impact.transitions.map((x) => (
        <div key={`${x.from}-${x.to}`}>{t('ruleSets.transition', { from: t(`status.${x.from}`), to: t(`status.${x.to}`), count: x.count })}</div>
      ))}
      {impact.sample.length > 0 && <div className="rs-sub">{t('ruleSets.sample', { parcels: impact.sample.join('、') })}</div>}
    </div>
  );
}
