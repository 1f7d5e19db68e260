import type { ZoneView } from '../../shared/api/views';
import type { Lang } from '../../shared/domain/enums';

const MINOR_WORDS = new Set(['and', 'of', 'the', 'for']);

/**
 * A short English label for crowded places (map labels, table cells): the place name, then the usual initials of
 * a long zone type — "Fan County Advanced Manufacturing Development Zone" → "Fan County AMDZ",
 * "Puyang Economic and Technological Development Zone" → "Puyang ETDZ".
 */
function shortEnglishZoneName(nameEn: string): string {
  const words = nameEn.trim().split(/\s+/);
  const county = words.indexOf('County');
  const placeEnd = county >= 0 ? county + 1 : 1;
  const place = words.slice(0, placeEnd);
  const rest = words.slice(placeEnd);
  if (rest.length <= 2) return words.join(' ');
  const initials = rest.filter((w) => !MINOR_WORDS.has(w.toLowerCase())).map((w) => w.charAt(0).toUpperCase());
  return `${place.join(' ')} ${initials.join('')}`;
}

export function zoneShortLabel(zone: Pick<ZoneView, 'shortName' | 'nameEn'>, lang: Lang): string {
  return lang === 'zh' ? zone.shortName : shortEnglishZoneName(zone.nameEn);
}
