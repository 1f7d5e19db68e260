import type { Lang } from '../../../shared/domain/enums';

/** The user's language out of a bilingual label from shared/. */
export function pick(label: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? label.zh : label.en;
}
