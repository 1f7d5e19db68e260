import { useTranslation } from 'react-i18next';
import { useViewActions, useViewState } from '../stores/viewStore';
import { VIEWS } from './views';

/** Tabs between the top-level views; hidden while there is only one. */
export function ViewTabs() {
  const { t } = useTranslation();
  const current = useViewState((s) => s.view);
  const { setView } = useViewActions();
  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-tabs" role="tablist" aria-label={t('nav.label')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          aria-selected={current === v.id}
          className={current === v.id ? 'is-active' : ''}
          data-testid={`view-${v.id}`}
          onClick={() => setView(v.id)}
        >
          {t(v.labelKey)}
        </button>
      ))}
    </nav>
  );
}
