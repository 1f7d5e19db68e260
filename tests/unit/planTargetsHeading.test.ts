import { describe, expect, it } from 'vitest';
import { planTargetsHeading } from '../../shared/rules/benchmarkLabels';
import { DEFAULT_BENCHMARK_SETTINGS } from '../../shared/rules/benchmarkSettings';

describe('planTargetsHeading', () => {
  it('names the 14th five-year plan for the default 2020 → 2025 targets', () => {
    const { planBaseYear, targetYear } = DEFAULT_BENCHMARK_SETTINGS.targets;
    expect(planTargetsHeading(planBaseYear, targetYear).zh).toBe('河南省“十四五”亩均目标跟踪');
    expect(planTargetsHeading(planBaseYear, targetYear).en).toContain('14th Five-Year Plan, 2021–2025');
  });

  it('names the next plans by their numbers', () => {
    expect(planTargetsHeading(2025, 2030).zh).toBe('河南省“十五五”亩均目标跟踪');
    expect(planTargetsHeading(2070, 2075).zh).toBe('河南省“二十四五”亩均目标跟踪');
  });

  it('states the years when they are not one plan’s', () => {
    expect(planTargetsHeading(2020, 2027).zh).toBe('河南省亩均目标跟踪（2020—2027年）');
    expect(planTargetsHeading(2021, 2026).en).toBe('Henan plan targets per mu (2021–2026)');
  });
});
