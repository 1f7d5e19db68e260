/** Date helpers on ISO strings for the generator (the shared module does the law's period arithmetic). */
import { addDays, daysBetween, daysInMonth, type IsoDate } from '../../shared/domain/dates';
import type { Rng } from './prng';

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A uniformly random date in [from, to] (both inclusive). */
export function randomDate(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const span = daysBetween(from, to);
  if (span < 0) throw new RangeError(`empty date range ${from}..${to}`);
  return addDays(from, rng.int(0, span));
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export { addDays, daysBetween };
