import type { Lang } from '../../shared/domain/enums';
import { createStoreHooks } from './createStoreHooks';

export type MapTheme = 'compliance' | 'lifecycle';

interface AppState {
  /** The as-of date every query uses; null until app.info has answered with today. */
  asOf: string | null;
  lang: Lang;
  theme: MapTheme;
}

const LANG_KEY = 'land.lang';

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
}

const app = createStoreHooks<AppState, {
  setAsOf(date: string): void;
  setLang(lang: Lang): void;
  setTheme(theme: MapTheme): void;
}>({ asOf: null, lang: initialLang(), theme: 'compliance' }, (set) => ({
  setAsOf: (asOf) => set({ asOf }),
  setLang: (lang) => {
    localStorage.setItem(LANG_KEY, lang);
    set({ lang });
  },
  setTheme: (theme) => set({ theme }),
}));

export const useAppState = app.useState;
export const useAppActions = app.useActions;
export const appStore = app.store;
