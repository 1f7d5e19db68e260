import { useTranslation } from 'react-i18next';
import { errorText } from '../api/ApiCallError';
import { useAppState } from '../stores/appStore';
import { useErrorActions, useErrors } from '../stores/errorStore';

/** Failed API calls, shown to the user with the method and the server's message. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const errors = useErrors((s) => s.errors);
  const lang = useAppState((s) => s.lang);
  const { dismiss } = useErrorActions();
  if (errors.length === 0) return null;
  return (
    <div className="error-stack" role="alert" data-testid="error-banner">
      {errors.map((e) => (
        <div key={e.id} className="error-item">
          <strong>{t('app.errorTitle')}</strong>
          {e.method && <code>{e.method}</code>}
          <span className="error-item__code">{e.code}</span>
          <span className="error-item__msg">{errorText(e, lang)}</span>
          <button type="button" className="link-button" onClick={() => dismiss(e.id)}>
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
