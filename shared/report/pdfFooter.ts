import type { Lang } from '../domain/enums';

/** "第 x 页 / 共 y 页" in both languages; `page` and `pages` are filled by the printer. */
export const PAGE_OF: Record<Lang, { before: string; between: string; after: string }> = {
  zh: { before: '第 ', between: ' 页 / 共 ', after: ' 页' },
  en: { before: 'Page ', between: ' of ', after: '' },
};
