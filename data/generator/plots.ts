/** Turning supplied parcels into plot drafts: geometry, identifiers, enterprise, project, contract timeline. */
import type { ProjectType } from '../../shared/domain/enums';
import type { SupplyMethod } from '../../shared/schemas/seed';
import { m2ToMu } from '../../shared/domain/units';
import { makeCreditCode } from './creditCode';
import type { Draft, Enterprise } from './draft';
import { closedCcw, LocalFrame, lonLatRingArea, openRing } from './geo';
import { enterpriseName, projectName } from './names';
import type { Rng } from './prng';
import { schedule, type Scenario, type Timeline } from './schedule';
import type { Slot } from './supply';
import type { ZoneSpec } from './zones';

/** 地籍区 (cadastral district) code of each zone inside its county, for 宗地代码. */
const CADASTRAL_DISTRICT: Record<string, string> = {
  jingkai: '012',
  gaoxin: '008',
  gongye: '015',
  puyangxian: '021',
  qingfeng: '017',
  nanle: '011',
  fanxian: '014',
  taiqian: '009',
};

/** If a scenario cannot be laid out for a parcel, these are tried next. */
const FALLBACK: Scenario[] = ['completed', 'under-construction', 'start-overdue', 'not-due'];

/** Counters shared by all zones: enterprises and 电子监管号 sequences are per county and year. */
export class Registry {
  readonly names = new Set<string>();
  readonly codes = new Set<string>();
  private readonly supervision = new Map<string, number>();

  supervisionNo(countyCode: string, year: number): string {
    const key = `${countyCode}${year}`;
    const n = (this.supervision.get(key) ?? 0) + 1;
    this.supervision.set(key, n);
    return `${key}B${String(n).padStart(5, '0')}`;
  }
}

function r2(x: number): number {
  return Math.round(x * 100) / 100;
}

class EnterprisePool {
  private readonly list: Enterprise[] = [];
  constructor(
    private readonly zone: ZoneSpec,
    private readonly registry: Registry,
  ) {}

  get(rng: Rng, industryCode: string): Enterprise {
    const same = this.list.filter((e) => e.industryCode === industryCode);
    if (same.length > 0 && rng.chance(0.16)) return rng.pick(same);
    let name: string;
    do name = enterpriseName(rng, industryCode, this.zone.county === '华龙区' ? '濮阳' : this.zone.county);
    while (this.registry.names.has(name));
    let code: string;
    do code = makeCreditCode(rng, rng.chance(0.5) ? this.zone.countyCode : '410900');
    while (this.registry.codes.has(code));
    this.registry.names.add(name);
    this.registry.codes.add(code);
    const e = { name, creditCode: code, industryCode };
    this.list.push(e);
    return e;
  }
}

function agreedRatio(rng: Rng, zone: ZoneSpec, type: ProjectType, industry: string, year: number): [number | null, number | null] {
  if (type === 'standard-factory') return [zone.location === 'county' && zone.level === 'provincial' ? 1.2 : 1.5, 3.0];
  if (year < 2010) return [null, null];
  if (year < 2019) return [industry === '26' || industry === '25' ? 0.6 : 0.8, 2.0];
  return [rng.chance(0.3) ? 1.2 : 1.0, rng.pick([2.5, 3.0])];
}

export function draftPlots(zone: ZoneSpec, slots: readonly Slot[], scenarios: Map<Slot, Scenario>, rng: Rng, registry: Registry): Draft[] {
  const frame = new LocalFrame(zone.centre[0], zone.centre[1]);
  const pool = new EnterprisePool(zone, registry);
  const seq = new Map<number, number>();
  const drafts: Draft[] = [];
  // Standard factories: the zone's share of parcels, on smaller parcels (multi-storey blocks for small firms).
  const small = rng.shuffle(slots.filter((s) => s.cell.areaM2 <= 22000));
  const factories = new Set(small.slice(0, Math.round(zone.standardFactoryShare * slots.length)));
  for (const slot of slots) {
    const ring = closedCcw(slot.cell.corners.map((p) => frame.toLonLat(p)), 7);
    const geomAreaM2 = lonLatRingArea(openRing(ring));
    const landAreaM2 = Math.round(geomAreaM2 * (1 + rng.float(-0.001, 0.001)));
    const mu = m2ToMu(landAreaM2);
    const projectType: ProjectType = factories.has(slot) ? 'standard-factory' : 'general';
    const warehouse = projectType === 'general' && rng.chance(0.03);
    const industryCode = rng.weighted(zone.industries.map((i) => [i.code, i.weight] as const));
    const enterprise = pool.get(rng, industryCode);

    let scenario = scenarios.get(slot) ?? 'completed';
    let timeline: Timeline | null = null;
    for (const s of [scenario, ...FALLBACK]) {
      timeline = schedule(rng, s, slot.lo, slot.hi, 100);
      if (timeline) {
        scenario = s;
        break;
      }
    }
    if (!timeline) throw new Error(`${zone.id}: no timeline fits a parcel supplied ${slot.lo}..${slot.hi}`);
    const year = Number(timeline.contractDate.slice(0, 4));

    const supplyMethod: SupplyMethod = rng.weighted<SupplyMethod>(
      projectType === 'standard-factory' ? [['出让', 7], ['租赁', 2], ['先租后让', 1]] : [['出让', 90], ['先租后让', 6], ['租赁', 4]],
    );
    const yearFactor = year < 2013 ? 0.7 : year < 2019 ? 0.85 : 1;
    const landPriceWan = r2(mu * rng.float(zone.landPricePerMu[0], zone.landPricePerMu[1]) * yearFactor);
    const committedInvestmentWan = Math.round((mu * zone.investmentPerMu * rng.float(1.0, 1.4)) / 10) * 10;
    const [agreedPlotRatioMin, agreedPlotRatioMax] = agreedRatio(rng, zone, projectType, industryCode, year);

    const n = (seq.get(slot.district) ?? 0) + 1;
    seq.set(slot.district, n);
    const district = CADASTRAL_DISTRICT[zone.id] ?? '001';
    drafts.push({
      zone,
      slot,
      id: rng.uuid(),
      parcelNo: `${zone.countyCode}${district}${String(slot.district + 1).padStart(3, '0')}GB${String(n).padStart(5, '0')}`,
      supervisionNo: registry.supervisionNo(zone.countyCode, year),
      geometry: { type: 'Polygon', coordinates: [ring] },
      geomAreaM2,
      landAreaM2,
      projectType,
      landUseCode: warehouse ? '0604' : '0601',
      industryCode,
      enterprise,
      projectName: projectName(rng, industryCode, mu, warehouse ? 'warehouse' : projectType, zone.shortName),
      scenario,
      timeline,
      supplyMethod,
      landPriceWan,
      committedInvestmentWan,
      agreedPlotRatioMin,
      agreedPlotRatioMax,
      role: 'ordinary',
      ceasedFrom: null,
      gapFloor: false,
      gapInvestment: false,
      gapTax: false,
      ratio: 0,
      density: 0,
      investmentPerMu: 0,
      taxPerMu: 0,
      floorCents: null,
      taxCents: null,
    });
  }
  return drafts;
}
