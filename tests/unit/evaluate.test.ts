import { describe, expect, it } from 'vitest';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { evaluatePlot, type EvaluationInput } from '../../shared/rules/evaluate';
import { RuleSet } from '../../shared/rules/ruleSetSchema';

const base: EvaluationInput = {
  id: 'P1',
  zoneLevel: 'national',
  zoneLocation: 'central-city',
  projectType: 'general',
  landAreaM2: 20000,
  floorAreaM2: 21000,
  buildingFootprintM2: 8500,
  fixedInvestmentWan: 7100,
  annualTaxWan: 460,
  operating: true,
};
const evaluate = (p: Partial<EvaluationInput>) => evaluatePlot({ ...base, ...p }, CLIENT_REPORT_RULE_SET);
const finding = (p: Partial<EvaluationInput>, metric: string) => evaluate(p).findings.find((f) => f.metric === metric);

describe('evaluation under the client report', () => {
  it('computes the contract example', () => {
    const e = evaluate({});
    expect(e.status).toBe('compliant');
    expect(e.findings.map((f) => f.metric).sort()).toEqual(['investment-intensity', 'plot-ratio', 'tax-per-mu']);
    expect(finding({}, 'plot-ratio')?.value).toBe(1.05);
    expect(finding({}, 'investment-intensity')?.value).toBeCloseTo(7100 / 30, 12);
    expect(finding({}, 'tax-per-mu')?.value).toBeCloseTo(460 / 30, 12);
    expect(finding({}, 'investment-intensity')?.unit).toBe('万元/亩');
  });
  it('treats values within 1e-9 relative of the threshold as equal', () => {
    expect(finding({ fixedInvestmentWan: 234.0000000001 * 30 }, 'investment-intensity')?.result).toBe('pass');
    expect(finding({ fixedInvestmentWan: 233.9999999999 * 30 }, 'investment-intensity')?.result).toBe('pass');
    expect(finding({ fixedInvestmentWan: 233.99 * 30 }, 'investment-intensity')?.result).toBe('fail');
    expect(finding({ floorAreaM2: 20000 }, 'plot-ratio')?.result).toBe('pass');
    expect(finding({ floorAreaM2: 19999.9 }, 'plot-ratio')?.result).toBe('fail');
  });
  it('reports the gap and explains a failure with the source', () => {
    const f = finding({ floorAreaM2: 16000 }, 'plot-ratio');
    expect(f?.result).toBe('fail');
    expect(f?.gap).toBeCloseTo(-0.2, 12);
    expect(f?.text).toContain('调研报告');
    expect(f?.text).toContain('0.80');
    expect(f?.textEn).toContain('short of');
    expect(evaluate({ floorAreaM2: 16000 }).status).toBe('noncompliant');
  });
  it('tax is not applicable before operation, and missing data makes a plot incomplete', () => {
    expect(finding({ operating: false }, 'tax-per-mu')?.result).toBe('not-applicable');
    expect(evaluate({ operating: false, annualTaxWan: null }).status).toBe('compliant');
    expect(finding({ fixedInvestmentWan: null }, 'investment-intensity')?.result).toBe('missing');
    expect(evaluate({ fixedInvestmentWan: null }).status).toBe('incomplete');
    expect(evaluate({ fixedInvestmentWan: null, floorAreaM2: 100 }).status).toBe('noncompliant');
  });
  it('standard factories: 1.5 / 40 % in national or central-city zones, 1.2 / 35 % in county zones', () => {
    const sf = { projectType: 'standard-factory' as const };
    const central = evaluate({ ...sf, floorAreaM2: 29000, buildingFootprintM2: 8000 });
    expect(central.findings.map((f) => [f.metric, f.threshold])).toEqual(
      expect.arrayContaining([['plot-ratio', 1.5], ['building-density', 40]]),
    );
    expect(central.findings.some((f) => f.ruleId === 'plot-ratio-general')).toBe(false);
    const provincialCentral = evaluate({ ...sf, zoneLevel: 'provincial', zoneLocation: 'central-city' });
    expect(provincialCentral.findings.find((f) => f.metric === 'plot-ratio')?.threshold).toBe(1.5);
    const county = evaluate({ ...sf, zoneLevel: 'provincial', zoneLocation: 'county', floorAreaM2: 24000, buildingFootprintM2: 7000 });
    expect(county.findings.find((f) => f.metric === 'plot-ratio')?.threshold).toBe(1.2);
    expect(county.findings.find((f) => f.metric === 'building-density')).toMatchObject({ threshold: 35, value: 35, result: 'pass', unit: '%' });
    const nationalCounty = evaluate({ ...sf, zoneLevel: 'national', zoneLocation: 'county' });
    expect(nationalCounty.findings.find((f) => f.metric === 'plot-ratio')?.threshold).toBe(1.5);
  });
  it('is driven by rule-set data, not code', () => {
    const strict = RuleSet.parse({
      ...CLIENT_REPORT_RULE_SET,
      id: 'test',
      rules: CLIENT_REPORT_RULE_SET.rules.map((r) => (r.id === 'plot-ratio-general' ? { ...r, comparator: '>', threshold: 1.0 } : r)),
    });
    const f = evaluatePlot({ ...base, floorAreaM2: 20000 }, strict).findings.find((x) => x.metric === 'plot-ratio');
    expect(f?.result).toBe('fail');
    expect(() => RuleSet.parse({ ...CLIENT_REPORT_RULE_SET, rules: [{ ...CLIENT_REPORT_RULE_SET.rules[0], metric: 'height' }] })).toThrow();
  });
});
