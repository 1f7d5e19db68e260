import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { useRevision } from '../../stores/revisionStore';
import { useWrite } from './useWrite';

/** The user's name (settings table): audit rows name it as the actor. What the user types is never overwritten by a late answer. */
export function UserNameField() {
  const { t } = useTranslation();
  const revision = useRevision();
  const current = useApiQuery('settings.user.get', {}, revision);
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useWrite('settings.user.set');
  const stored = saved ?? current.data?.name ?? '';
  const value = draft ?? stored;
  const dirty = draft !== null && draft.trim() !== '' && draft.trim() !== stored;
  return (
    <form
      className="user-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) return;
        void save.run({ name: value.trim() }).then((out) => {
          if (!out) return;
          setSaved(out.name);
          setDraft(null);
        });
      }}
    >
      <label>
        {t('user.name')}
        <input data-testid="user-name" value={value} placeholder={t('user.placeholder')} maxLength={50} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit" className="btn" disabled={!dirty || save.busy} data-testid="user-name-save">
        {dirty ? t('user.save') : t('user.saved')}
      </button>
      {save.error && <span className="form-error">{save.error}</span>}
    </form>
  );
}
