import type { Lang } from '../../shared/domain/enums';
import { m2ToMu } from '../../shared/domain/units';
import { LOCALE } from './locale';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

const DASH = '—';

/** A number with thousands separators and a fixed number of decimals; `—` for unknown. */
export function fmtNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return formatter(lang, decimals, decimals).format(value);
}

export const fmtPlotRatio = (v: number | null | undefined, lang: Lang) => fmtNumber(v, lang, 2);
/** 万元/亩 rates: investment with one decimal, tax with two (METRIC_INFO decimals). */
export const fmtPerMu = (v: number | null | undefined, lang: Lang, decimals: 1 | 2) => fmtNumber(v, lang, decimals);
export const fmtMu = (mu: number | null | undefined, lang: Lang, decimals = 1) => fmtNumber(mu, lang, decimals);
export const fmtM2AsMu = (m2: number | null | undefined, lang: Lang, decimals = 2) =>
  fmtNumber(m2 === null || m2 === undefined ? null : m2ToMu(m2), lang, decimals);
export const fmtPercent = (share: number | null | undefined, lang: Lang, decimals = 1) =>
  share === null || share === undefined ? DASH : `${fmtNumber(share * 100, lang, decimals)}%`;
export const fmtDate = (d: string | null | undefined) => d ?? DASH;
