import { describe, expect, it } from 'vitest';
import { addDays, addYearsClamped, completedYears, fullPeriodFrom, isValidIsoDate } from '../../shared/domain/dates';

describe('《民法典》 period rule', () => {
  it('a year after 2023-03-15 is full from 2024-03-16', () => {
    expect(fullPeriodFrom('2023-03-15', 1)).toBe('2024-03-16');
  });
  it('29 Feb: the period ends on 28 Feb, full from 1 Mar', () => {
    expect(addYearsClamped('2024-02-29', 1)).toBe('2025-02-28');
    expect(fullPeriodFrom('2024-02-29', 1)).toBe('2025-03-01');
    expect(fullPeriodFrom('2024-02-29', 4)).toBe('2028-03-01');
    expect(fullPeriodFrom('2024-02-29', 2)).toBe('2026-03-01');
  });
  it('year end rolls into the next year', () => {
    expect(fullPeriodFrom('2022-12-31', 1)).toBe('2024-01-01');
    expect(fullPeriodFrom('2023-02-28', 1)).toBe('2024-02-29');
  });
  it('counts completed years', () => {
    expect(completedYears('2020-06-30', '2022-06-30')).toBe(1);
    expect(completedYears('2020-06-30', '2022-07-01')).toBe(2);
    expect(completedYears('2020-06-30', '2020-06-30')).toBe(0);
    expect(completedYears('2020-06-30', '2019-01-01')).toBe(0);
    expect(completedYears('2016-02-29', '2021-03-01')).toBe(5);
    expect(completedYears('2016-02-29', '2021-02-28')).toBe(4);
  });
  it('validates calendar dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-13-01')).toBe(false);
    expect(isValidIsoDate('2023-1-01')).toBe(false);
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
