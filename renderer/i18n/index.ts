import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/domain/enums';
import { domainResources } from './domainTerms';
import { en } from './en';
import { LOCALE } from './locale';
import { zhCN } from './zh-CN';


/** i18next with both languages bundled (offline); keys like `zones.heading`, domain terms under `status.*`, `lifecycle.*`, `metric.*`. */
export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    lng: LOCALE[lang],
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { ...zhCN, ...domainResources('zh') } },
      en: { translation: { ...en, ...domainResources('en') } },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = LOCALE[lang];
  return i18next;
}

export function applyLanguage(lang: Lang) {
  document.documentElement.lang = LOCALE[lang];
  void i18next.changeLanguage(LOCALE[lang]);
}
