import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  title: string;
  source: string;
  /** A local parameter in domain.md's sense ([L]: unconfirmed in law); the backup count is an application setting instead. */
  local: boolean;
  /** Field labels by the field's path in the saved value, so a refusal names the field as the form does. */
  labels: Record<string, string>;
  form: { dirty: boolean; busy: boolean; error: string | null; note: 'saved' | 'reset' | null; save: () => Promise<void>; discard: () => void };
  onReset: () => void;
  children: ReactNode;
}

/** One parameter group: its [L] status, its fields, Save / Reset to defaults / Discard, and the outcome beside them. */
export function SectionFrame({ id, title, source, local, labels, form, onReset, children }: Props) {
  const { t } = useTranslation();
  return (
    <section className="params-section" data-testid={`params-${id}`}>
      <h3 className="params-section__title">{title}</h3>
      <p className="params-section__source">
        {local && <span className="params-tag">{t('params.localTag')}</span>} {t('params.source')}
        {source}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void form.save();
        }}
      >
        {children}
        <div className="params-actions">
          <button type="submit" className="btn" disabled={form.busy} data-testid={`params-${id}-save`}>
            {form.busy ? t('params.saving') : t('params.save')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={onReset} data-testid={`params-${id}-reset`}>
            {t('params.reset')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={form.discard} disabled={!form.dirty && form.error === null}>
            {t('params.discard')}
          </button>
          {form.dirty && !form.error && <span className="params-pending">{form.note === 'reset' ? t('params.resetNote') : t('params.unsaved')}</span>}
          {form.note === 'saved' && !form.dirty && <span className="params-ok" data-testid={`params-${id}-saved`}>{t('params.saved')}</span>}
        </div>
        {form.error && (
          <p className="form-error params-error" role="alert" data-testid={`params-${id}-error`}>
            {withLabels(form.error, labels)}
          </p>
        )}
      </form>
    </section>
  );
}

/** `settings.local.set.value.ageBucketYears：…` as `批而未供账龄分段：…`: the server names fields by their path in the call. */
function withLabels(message: string, labels: Record<string, string>): string {
  return message.replace(/settings\.\w+\.set\.value\.([\w.]+)/g, (whole, path: string) => labels[path] ?? labels[path.split('.')[0] ?? ''] ?? whole);
}

interface FieldProps {
  label: string;
  help: string;
  defaultText: string;
  modified: boolean;
  children: ReactNode;
}

/** A field with what it means, its unit (beside the input) and its default. */
export function ParamField({ label, help, defaultText, modified, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className="params-field">
      <div className="params-field__label">{label}</div>
      <div className="params-field__inputs">
        {children}
        <span className="params-field__default">{t('params.defaultIs', { value: defaultText })}</span>
        {modified && <span className="params-modified">{t('params.modified')}</span>}
      </div>
      <p className="params-field__help">{help}</p>
    </div>
  );
}

/** A number input with its unit after it; `caption` is shown before it where one field has several inputs. */
export function NumberInput(p: { value: string; unit: string; onChange: (v: string) => void; testId: string; label: string; caption?: string; step?: string }) {
  return (
    <label className="params-number">
      {p.caption && <span className="params-number__caption">{p.caption}</span>}
      <input type="number" step={p.step ?? '1'} value={p.value} aria-label={p.label} data-testid={p.testId} onChange={(e) => p.onChange(e.target.value)} />
      <span className="params-unit">{p.unit}</span>
    </label>
  );
}
