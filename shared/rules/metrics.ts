import type { Metric } from '../domain/enums';
import { m2ToMu } from '../domain/units';

export interface MetricInputs {
  landAreaM2: number;
  floorAreaM2: number | null;
  buildingFootprintM2: number | null;
  fixedInvestmentWan: number | null;
  annualTaxWan: number | null;
}

export interface MetricInfo {
  unit: '' | '%' | '万元/亩';
  unitEn: string;
  decimals: number;
  label: { zh: string; en: string };
  /** Which input the metric divides by the land area. */
  input: keyof Omit<MetricInputs, 'landAreaM2'>;
}

export const METRIC_INFO: Record<Metric, MetricInfo> = {
  'plot-ratio': { unit: '', unitEn: '', decimals: 2, label: { zh: '容积率', en: 'plot ratio' }, input: 'floorAreaM2' },
  'building-density': {
    unit: '%',
    unitEn: '%',
    decimals: 1,
    label: { zh: '建筑密度', en: 'building density' },
    input: 'buildingFootprintM2',
  },
  'investment-intensity': {
    unit: '万元/亩',
    unitEn: '×10k CNY/mu',
    decimals: 1,
    label: { zh: '投资强度', en: 'investment intensity' },
    input: 'fixedInvestmentWan',
  },
  'tax-per-mu': { unit: '万元/亩', unitEn: '×10k CNY/mu', decimals: 2, label: { zh: '亩均税收', en: 'tax per mu' }, input: 'annualTaxWan' },
};

/** plot ratio = floor / land; density = footprint / land × 100; investment and tax per 亩 of land. */
export function metricValue(metric: Metric, inputs: MetricInputs): number | null {
  const raw = inputs[METRIC_INFO[metric].input];
  if (raw === null) return null;
  const value = ratio(metric, raw, inputs.landAreaM2);
  // An area that rounds to 0 亩 or an amount that overflows gives NaN / Infinity: no value to judge, so unknown.
  return Number.isFinite(value) ? value : null;
}

function ratio(metric: Metric, raw: number, landAreaM2: number): number {
  switch (metric) {
    case 'plot-ratio':
      return raw / landAreaM2;
    case 'building-density':
      return (raw / landAreaM2) * 100;
    case 'investment-intensity':
    case 'tax-per-mu':
      return raw / m2ToMu(landAreaM2);
  }
}
