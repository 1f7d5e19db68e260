import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { useRevision } from '../../stores/revisionStore';
import { useWrite } from './useWrite';

/** The user's name (settings table): audit rows name it as the actor. */
export function UserNameField() {
  const { t } = useTranslation();
  const revision = useRevision();
  const current = useApiQuery('settings.user.get', {}, revision);
  const [name, setName] = useState('');
  const save = useWrite('settings.user.set');
  useEffect(() => setName(current.data?.name ?? ''), [current.data]);
  const dirty = name.trim() !== (current.data?.name ?? '') && name.trim() !== '';
  return (
    <form
      className="user-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty) void save.run({ name: name.trim() });
      }}
    >
      <label>
        {t('user.name')}
        <input data-testid="user-name" value={name} placeholder={t('user.placeholder')} maxLength={50} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="btn" disabled={!dirty || save.busy} data-testid="user-name-save">
        {dirty ? t('user.save') : t('user.saved')}
      </button>
      {save.error && <span className="form-error">{save.error}</span>}
    </form>
  );
}
