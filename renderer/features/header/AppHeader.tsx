import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/enums';
import { useAppData } from '../../app/AppData';
import { applyLanguage } from '../../i18n';
import { useAppActions, useAppState } from '../../stores/appStore';

const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'zh', label: '中文' },
  { lang: 'en', label: 'English' },
];

/** Title, the illustrative-data notice, the as-of date (every query follows it) and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const { info, asOf, refreshing } = useAppData();
  const lang = useAppState((s) => s.lang);
  const { setAsOf, setLang } = useAppActions();
  const switchTo = (next: Lang) => {
    setLang(next);
    applyLanguage(next);
  };
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__emblem" aria-hidden>濮</span>
        <div>
          <h1 className="app-header__title" data-testid="app-title">{t('app.title')}</h1>
          <div className="app-header__subtitle">{t('app.subtitle')}</div>
        </div>
      </div>
      {info.dataset.illustrative && (
        <div className="dataset-banner" role="note" data-testid="dataset-banner" title={info.dataset.note[lang]}>
          <strong>{t('app.illustrative')}</strong>
          <span>{info.dataset.note[lang]}</span>
        </div>
      )}
      <div className="app-header__controls">
        <label className="asof">
          <span>{t('app.asOf')}</span>
          <input
            type="date"
            data-testid="as-of"
            aria-busy={refreshing}
            value={asOf}
            required
            onChange={(e) => {
              if (isValidIsoDate(e.target.value)) setAsOf(e.target.value);
            }}
          />
          <span className={`asof__spinner${refreshing ? ' is-on' : ''}`} aria-hidden />
        </label>
        <div className="segmented segmented--dark" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button
              key={l.lang}
              type="button"
              lang={l.lang === 'zh' ? 'zh-CN' : 'en'}
              className={lang === l.lang ? 'is-active' : ''}
              aria-pressed={lang === l.lang}
              data-testid={`lang-${l.lang}`}
              onClick={() => switchTo(l.lang)}
            >
              {l.label}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
