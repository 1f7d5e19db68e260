import { z } from 'zod';

/** Calendar dates are ISO `YYYY-MM-DD` strings; arithmetic is done on UTC day numbers so time zones never shift a day. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export const IsoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m || !isValidIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The corresponding day `years` later; the month's last day when it has no such day (29 Feb → 28 Feb). */
export function addYearsClamped(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(date);
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * 《民法典》 Arts. 201–202: a period of N years after day D excludes D and ends on the corresponding day N years
 * later; it is complete ("满N年") from the next day. full(2023-03-15, 1) = 2024-03-16; full(2024-02-29, 1) = 2025-03-01.
 */
export function fullPeriodFrom(date: IsoDate, years: number): IsoDate {
  return addDays(addYearsClamped(date, years), 1);
}

/** Largest N ≥ 0 with asOf ≥ full(date, N); 0 when not even the day after `date` has come. */
export function completedYears(date: IsoDate, asOf: IsoDate): number {
  if (asOf < fullPeriodFrom(date, 0)) return 0;
  const [y] = parts(date);
  const [ay] = parts(asOf);
  let n = Math.max(0, ay - y);
  while (n > 0 && asOf < fullPeriodFrom(date, n)) n -= 1;
  return n;
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

/** Today's date in local time, as a bureau user reads the calendar. */
export function todayIso(now: Date): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
