import type { Lang } from '../../shared/domain/enums';

export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
