import { describe, expect, it } from 'vitest';
import { AgeBucket } from '../../shared/domain/enums';
import { ageBucketLabel } from '../../shared/rules/ageBucketLabel';
import { plainNumber, presetLabel, targetGrowthLabel, ungradedReasonLabel, zoneGroupLabel } from '../../shared/rules/benchmarkLabels';
import { BenchmarkSettings, DEFAULT_BENCHMARK_SETTINGS } from '../../shared/rules/benchmarkSettings';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { lifecycleOf } from '../../shared/rules/lifecycle';
import { fullYearsLabel } from '../../shared/rules/lifecycleText';
import { DEFAULT_LOCAL_PARAMETERS, LocalParameters } from '../../shared/rules/localParameters';
import { ageBucket } from '../../shared/rules/unsupplied';

const S = DEFAULT_BENCHMARK_SETTINGS;
const byOutput = (revenueThresholdWan = S.ranking.revenueThresholdWan) => ({ groupBy: 'plot-output' as const, revenueThresholdWan });

describe('zone group labels', () => {
  it('grouped by plot output at the default 200 亿 threshold: the texts the views and the CLI printed before', () => {
    expect(zoneGroupLabel('national-and-large', byOutput())).toEqual({
      zh: '第一组：国家级及营业收入200亿元以上省级开发区',
      en: 'Group 1: national zones and provincial zones with revenue > 20 bn yuan',
    });
    expect(zoneGroupLabel('provincial-small', byOutput())).toEqual({ zh: '第二组：营业收入200亿元以下省级开发区', en: 'Group 2: provincial zones with revenue < 20 bn yuan' });
  });

  it('follows the revenue threshold setting', () => {
    expect(zoneGroupLabel('national-and-large', byOutput(1_500_000)).zh).toBe('第一组：国家级及营业收入150亿元以上省级开发区');
    expect(zoneGroupLabel('provincial-small', byOutput(1_500_000)).en).toBe('Group 2: provincial zones with revenue < 15 bn yuan');
    expect(zoneGroupLabel('provincial-small', byOutput(1_234_567)).zh).toBe('第二组：营业收入123.46亿元以下省级开发区');
  });

  it('grouped by tier (the default): named by the report’s tiers, whatever the revenue threshold says', () => {
    expect(S.ranking.groupBy).toBe('tier');
    const tier = { ...S.ranking, revenueThresholdWan: 1_500_000 };
    expect(zoneGroupLabel('national-and-large', tier)).toEqual({
      zh: '第一组：国家级及2023年第一、二层级省级开发区（营业收入200亿元以上）',
      en: 'Group 1: national zones and provincial zones of the 2023 tiers 1–2 (revenue > 20 bn yuan)',
    });
    expect(zoneGroupLabel('provincial-small', tier)).toEqual({
      zh: '第二组：2023年第三层级省级开发区（营业收入200亿元以下）',
      en: 'Group 2: provincial zones of the 2023 tier 3 (revenue < 20 bn yuan)',
    });
  });
});

describe('ungraded reason labels', () => {
  const g = { aboveSizeOutputWan: S.aboveSizeOutputWan, belowSizeMinAreaMu: S.grading.belowSizeMinAreaMu };

  it('defaults: 规下且不足5亩', () => {
    expect(ungradedReasonLabel('below-size', g)).toEqual({ zh: '规下且不足5亩', en: 'below size, < 5 mu' });
    expect(ungradedReasonLabel('new', g)).toEqual({ zh: '当年新投产', en: 'new this year' });
    expect(ungradedReasonLabel('under-construction', g).zh).toBe('在建');
    expect(ungradedReasonLabel('no-data', g).en).toBe('incomplete data');
  });

  it('follows the minimum area, and names the output line once it is no longer the statistical 规上', () => {
    expect(ungradedReasonLabel('below-size', { ...g, belowSizeMinAreaMu: 8 })).toEqual({ zh: '规下且不足8亩', en: 'below size, < 8 mu' });
    expect(ungradedReasonLabel('below-size', { aboveSizeOutputWan: 3000, belowSizeMinAreaMu: 2.5 })).toEqual({
      zh: '产值不足3000万元且不足2.5亩',
      en: 'output < 30 million yuan, < 2.5 mu',
    });
  });
});

describe('preset and target labels', () => {
  it('print each class share as set', () => {
    expect(presetLabel('zhejiang', S.grading.presets.zhejiang)).toEqual({ zh: '浙江（A 20% / B 45% / C 30% / D 5%）', en: 'Zhejiang (A 20% / B 45% / C 30% / D 5%)' });
    expect(presetLabel('henan', S.grading.presets.henan).zh).toBe('河南（A 15% / B 75% / C 10%）');
    const changed = BenchmarkSettings.parse({ grading: { presets: { ...S.grading.presets, henan: [{ class: 'A', share: 0.2 }, { class: 'B', share: 0.7 }, { class: 'C', share: 0.1 }] } } });
    expect(presetLabel('henan', changed.grading.presets.henan).en).toBe('Henan (A 20% / B 70% / C 10%)');
  });

  it('print the plan growth as set', () => {
    expect(targetGrowthLabel(S.targets.growth)).toEqual({
      zh: '亩均税收 +50%、亩均规上增加值 +35%、亩均新增固投 +50%',
      en: 'tax per mu +50 %, added value per mu +35 %, new investment per mu +50 %',
    });
    expect(targetGrowthLabel({ taxPerMu: 0.6, addedValuePerMu: 0.125, newInvestmentPerMu: 0 }).zh).toBe('亩均税收 +60%、亩均规上增加值 +12.5%、亩均新增固投 +0%');
  });

  it('plainNumber drops trailing zeros and float noise', () => {
    expect(plainNumber(0.35 * 100)).toBe('35');
    expect(plainNumber(200)).toBe('200');
    expect(plainNumber(12.5)).toBe('12.5');
  });
});

describe('age bucket labels', () => {
  it('defaults: 不满2年 / 2至5年 / 5年以上', () => {
    const y = DEFAULT_LOCAL_PARAMETERS.ageBucketYears;
    expect(AgeBucket.options.map((b) => ageBucketLabel(b, y).zh)).toEqual(['不满2年', '2至5年', '5年以上']);
    expect(AgeBucket.options.map((b) => ageBucketLabel(b, y).en)).toEqual(['under 2 years', '2–5 years', '5 years or more']);
  });

  it('follow the bucket years, and agree with the bucket an age falls in at each boundary', () => {
    const params = LocalParameters.parse({ ageBucketYears: [3, 8] });
    expect(AgeBucket.options.map((b) => ageBucketLabel(b, params.ageBucketYears).zh)).toEqual(['不满3年', '3至8年', '8年以上']);
    expect(ageBucketLabel('<2y', [1, 4]).en).toBe('under 1 year');
    expect([2, 3, 7, 8].map((age) => ageBucketLabel(ageBucket(age, params), params.ageBucketYears).en)).toEqual(['under 3 years', '3–8 years', '3–8 years', '8 years or more']);
  });
});

describe('statutory periods of the rule set in the idle-land sentences', () => {
  const plot = { id: 'C1', agreedStartDate: '2020-05-01', actualStartDate: null, agreedCompletionDate: null, actualCompletionDate: null, suspendedSince: null, developedAreaShare: null, investedShare: null, governmentCause: false, landPriceWan: 1000 };
  const law = CLIENT_REPORT_RULE_SET.lifecycle;

  it('the Measures (1 and 2 years): the sentence says 满两年 / two full years, as before', () => {
    expect(fullYearsLabel(law.idleAfterYears)).toEqual({ zh: '一年', en: 'a full year' });
    const l = lifecycleOf(plot, '2026-06-30', law, DEFAULT_LOCAL_PARAMETERS);
    expect(l.status).toBe('idle-reclaimable');
    expect(l.text).toContain('自2022-05-02起满两年，可无偿收回');
    expect(l.textEn).toContain('from 2022-05-02 (two full years)');
  });

  it('a rule set with a 3-year recovery period says so', () => {
    const l = lifecycleOf(plot, '2026-06-30', { ...law, reclaimAfterYears: 3 }, DEFAULT_LOCAL_PARAMETERS);
    expect(l.text).toContain('自2023-05-02起满三年');
    expect(l.textEn).toContain('(3 full years)');
    expect(fullYearsLabel(12).zh).toBe('12年');
  });
});
