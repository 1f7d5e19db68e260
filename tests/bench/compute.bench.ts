import { bboxOf } from '../../shared/domain/geometry';
import { PlotIndex } from '../../shared/geo/plotIndex';
import { aggregateZone, type AggregatePlot } from '../../shared/rules/aggregates';
import { aggregateInput, assessPlot } from '../../shared/rules/assess';
import { evaluationStatus } from '../../shared/rules/evaluate';
import { lifecycleStatusOf } from '../../shared/rules/lifecycle';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import type { Dataset } from '../../shared/schemas/seed';
import { line, medianMs, type Emit } from './measure';

/** Engine figures at design size: evaluation, zone summary, viewport query and click hit-test over the same plots. */
export function runComputeBench(ds: Dataset, json: string, emit: Emit): void {
  const asOf = ds.meta.referenceDate;
  const zones = new Map(ds.zones.map((z) => [z.id, z]));
  const n = ds.plots.length;
  const parse = medianMs(() => JSON.parse(json), 3);
  const baseline = `JSON.parse of the same ${n} plots`;

  const stored = ds.plots.map((p) => ({ ...p, bbox: bboxOf(p.geometry) }));
  const assess = () =>
    stored.map((p) => assessPlot(p, zones.get(p.zoneId) ?? ds.zones[0]!, CLIENT_REPORT_RULE_SET, DEFAULT_LOCAL_PARAMETERS, asOf));
  const assessed = assess();
  const inputs = assessed.map(({ canonical: c }, i) => ({
    id: stored[i]!.id,
    zoneLevel: zones.get(c.zoneId)!.level,
    zoneLocation: zones.get(c.zoneId)!.location,
    projectType: c.projectType,
    landAreaM2: c.landAreaM2,
    floorAreaM2: c.floorAreaM2,
    buildingFootprintM2: c.buildingFootprintM2,
    fixedInvestmentWan: c.fixedInvestmentWan,
    annualTaxWan: c.annualTaxWan,
    operating: c.operating,
  }));
  const evaluateMs = medianMs(() => inputs.map((p) => evaluationStatus(p, CLIENT_REPORT_RULE_SET)), 5);
  emit(line(`evaluate all (${n} plots, rule evaluation)`, evaluateMs, 'ms', baseline, parse, 50));
  const lifecycleMs = medianMs(
    () => stored.map((p) => lifecycleStatusOf(p.contract, p.id, asOf, CLIENT_REPORT_RULE_SET.lifecycle, DEFAULT_LOCAL_PARAMETERS)),
    5,
  );
  emit(line(`lifecycle all (${n} plots)`, lifecycleMs, 'ms', baseline, parse));
  emit(line(`assess all (${n} plots: metrics year, evaluation, lifecycle — what plots.list computes)`, medianMs(assess, 3), 'ms', baseline, parse));

  const rows: (AggregatePlot & { zoneId: string })[] = assessed.map((a) => ({ ...aggregateInput(a), zoneId: a.canonical.zoneId }));
  const summaryMs = medianMs(() => {
    const byZone = new Map<string, AggregatePlot[]>();
    for (const r of rows) (byZone.get(r.zoneId) ?? byZone.set(r.zoneId, []).get(r.zoneId)!).push(r);
    return [...byZone.values()].map((plots) => aggregateZone(plots, [], 0));
  }, 9);
  emit(line(`zone summary (${n} plots)`, summaryMs, 'ms', baseline, parse, 20));

  const index = new PlotIndex(ds.plots);
  const [minX, minY, maxX, maxY] = [114.3, 35.0, 116.8, 36.6];
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  // A working-zoom viewport (zoom 15 on a 1600 × 1000 px map) is about 0.034° × 0.017° here.
  const queries = Array.from({ length: 1000 }, () => {
    const x = minX + rand() * (maxX - minX);
    const y = minY + rand() * (maxY - minY);
    return [x, y, x + 0.034, y + 0.017] as [number, number, number, number];
  });
  const clicks = ds.plots.slice(0, 1000).map((p) => {
    const [a, b, c, d] = bboxOf(p.geometry);
    return [(a + c) / 2, (b + d) / 2] as [number, number];
  });
  const viewportMs = medianMs(() => queries.forEach((q) => index.search(q)), 3) / queries.length;
  emit(line('viewport query (working zoom, per query)', viewportMs, 'ms', baseline, parse, 5));
  const clickMs = medianMs(() => clicks.forEach(([x, y]) => index.hitTest(x, y)), 3) / clicks.length;
  emit(line('click hit-test (per click)', clickMs, 'ms', baseline, parse, 1));
  const buildMs = medianMs(() => new PlotIndex(ds.plots), 3);
  emit(line(`spatial index build (${n} plots)`, buildMs, 'ms', baseline, parse));
}
