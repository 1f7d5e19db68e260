import type { BenchmarkSettings, ClassPreset, PresetId } from './benchmarkSettings';
import { STATISTICAL_ABOVE_SIZE_OUTPUT_WAN } from './benchmarkSettings';
import type { UngradedReason } from './enterprises';
import type { TargetIndicator } from './planTargets';
import { LARGE_TIER_MAX, TIER_REVENUE_BOUNDARY_WAN, type ZoneGroup } from './ranking';

/**
 * Labels of zone ranking and enterprise grading built from the settings in force, so a bureau that changes a
 * threshold, a share or a target never reads the default's number in a heading.
 */
export interface Label {
  zh: string;
  en: string;
}

/** A number as a label prints it: at most `decimals` decimals, no trailing zeros, no grouping (200, 12.5). */
export const plainNumber = (value: number, decimals = 2): string => String(Number(value.toFixed(decimals)));

const WAN_PER_YI = 10_000;
const WAN_PER_BILLION = 100_000;
const WAN_PER_MILLION = 100;
/** Chinese digits by value (index 0 is empty: 十 not 一十, 二十 not 二十零). */
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const revenue = (wan: number) => ({ yi: plainNumber(wan / WAN_PER_YI), bn: plainNumber(wan / WAN_PER_BILLION) });

/** 豫政办〔2023〕13号 group names: by the report's 2023 tiers, or by a revenue threshold when grouped by plot output. */
export function zoneGroupLabel(group: ZoneGroup, ranking: Pick<BenchmarkSettings['ranking'], 'groupBy' | 'revenueThresholdWan'>): Label {
  if (ranking.groupBy === 'tier') {
    const { yi, bn } = revenue(TIER_REVENUE_BOUNDARY_WAN);
    const largeZh = ZH_DIGITS.slice(1, LARGE_TIER_MAX + 1).join('、');
    const smallZh = ZH_DIGITS[LARGE_TIER_MAX + 1] ?? String(LARGE_TIER_MAX + 1);
    return group === 'national-and-large'
      ? { zh: `第一组：国家级及2023年第${largeZh}层级省级开发区（营业收入${yi}亿元以上）`, en: `Group 1: national zones and provincial zones of the 2023 tiers 1–${LARGE_TIER_MAX} (revenue > ${bn} bn yuan)` }
      : { zh: `第二组：2023年第${smallZh}层级省级开发区（营业收入${yi}亿元以下）`, en: `Group 2: provincial zones of the 2023 tier ${LARGE_TIER_MAX + 1} (revenue < ${bn} bn yuan)` };
  }
  const { yi, bn } = revenue(ranking.revenueThresholdWan);
  return group === 'national-and-large'
    ? { zh: `第一组：国家级及营业收入${yi}亿元以上省级开发区`, en: `Group 1: national zones and provincial zones with revenue > ${bn} bn yuan` }
    : { zh: `第二组：营业收入${yi}亿元以下省级开发区`, en: `Group 2: provincial zones with revenue < ${bn} bn yuan` };
}

/** Why an enterprise is not graded; 规下 keeps its statistical name only while the 规上 line is the statistical one. */
export function ungradedReasonLabel(reason: UngradedReason, grading: { aboveSizeOutputWan: number; belowSizeMinAreaMu: number }): Label {
  switch (reason) {
    case 'under-construction':
      return { zh: '在建', en: 'under construction' };
    case 'new':
      return { zh: '当年新投产', en: 'new this year' };
    case 'no-data':
      return { zh: '数据不全', en: 'incomplete data' };
    case 'below-size': {
      const mu = plainNumber(grading.belowSizeMinAreaMu);
      if (grading.aboveSizeOutputWan === STATISTICAL_ABOVE_SIZE_OUTPUT_WAN) return { zh: `规下且不足${mu}亩`, en: `below size, < ${mu} mu` };
      const wan = grading.aboveSizeOutputWan;
      return { zh: `产值不足${plainNumber(wan)}万元且不足${mu}亩`, en: `output < ${plainNumber(wan / WAN_PER_MILLION)} million yuan, < ${mu} mu` };
    }
  }
}

const PRESET_NAME: Record<PresetId, Label> = { henan: { zh: '河南', en: 'Henan' }, zhejiang: { zh: '浙江', en: 'Zhejiang' } };

/** A class preset with its shares as set: 河南（A 15% / B 75% / C 10%）. */
export function presetLabel(preset: PresetId, classes: ClassPreset): Label {
  const shares = classes.map((c) => `${c.class} ${plainNumber(c.share * 100)}%`).join(' / ');
  return { zh: `${PRESET_NAME[preset].zh}（${shares}）`, en: `${PRESET_NAME[preset].en} (${shares})` };
}

const TARGET_NAME: Record<TargetIndicator, Label> = {
  taxPerMu: { zh: '亩均税收', en: 'tax per mu' },
  addedValuePerMu: { zh: '亩均规上增加值', en: 'added value per mu' },
  newInvestmentPerMu: { zh: '亩均新增固投', en: 'new investment per mu' },
};

/** The plan's required growth per indicator: 亩均税收 +50%、亩均规上增加值 +35%、亩均新增固投 +50%. */
export function targetGrowthLabel(growth: Record<TargetIndicator, number>): Label {
  const keys = Object.keys(TARGET_NAME) as TargetIndicator[];
  const sign = (g: number) => `${g < 0 ? '−' : '+'}${plainNumber(Math.abs(g) * 100)}`;
  return {
    zh: keys.map((k) => `${TARGET_NAME[k].zh} ${sign(growth[k])}%`).join('、'),
    en: keys.map((k) => `${TARGET_NAME[k].en} ${sign(growth[k])} %`).join(', '),
  };
}

/** 1–99 in Chinese numerals as plan names write them: 十四, 十五, 二十一. */
function zhNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : `${tens === 1 ? '' : ZH_DIGITS[tens]}十`}${ZH_DIGITS[ones]}`;
}

/** From the 3rd five-year plan (1966–70) on, they follow each other: the 14th runs 2021–2025. */
const THIRD_PLAN_END = 1970;

/**
 * Heading of the plan-target table: names the five-year plan (“十四五”) only when the base and target years are one
 * plan's (base = its year before, target = its last year); otherwise it states the years, as set.
 */
export function planTargetsHeading(planBaseYear: number, targetYear: number): Label {
  const plan = (targetYear - THIRD_PLAN_END) / 5 + 3;
  if (targetYear - planBaseYear === 5 && Number.isInteger(plan) && plan >= 3 && plan < 100) {
    return { zh: `河南省“${zhNumber(plan)}五”亩均目标跟踪`, en: `Henan plan targets per mu (${plan}th Five-Year Plan, ${planBaseYear + 1}–${targetYear})` };
  }
  return { zh: `河南省亩均目标跟踪（${planBaseYear}—${targetYear}年）`, en: `Henan plan targets per mu (${planBaseYear}–${targetYear})` };
}
