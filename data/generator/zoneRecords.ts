/** Zone and batch seed records (boundaries in lon/lat) with the checks that they sit where they should. */
import type { AreaGeometry } from '../../shared/domain/geometry';
import { polygonsOf } from '../../shared/domain/geometry';
import type { BatchSeed, CountySeed, ZoneSeed } from '../../shared/schemas/seed';
import { closedCcw, LocalFrame, lonLatRingArea, openRing, polygonInside, type Xy } from './geo';
import { zoneOutline } from './layout';
import type { BatchPlan } from './supply';
import type { ZoneSpec } from './zones';

export function zoneBoundary(spec: ZoneSpec): AreaGeometry {
  const frame = new LocalFrame(spec.centre[0], spec.centre[1]);
  return { type: 'Polygon', coordinates: [closedCcw(zoneOutline(spec).map((p) => frame.toLonLat(p)), 7)] };
}

export function geometryArea(g: AreaGeometry): number {
  return polygonsOf(g).reduce((s, poly) => s + lonLatRingArea(openRing(poly[0] ?? [])), 0);
}

export function zoneSeed(spec: ZoneSpec, counties: readonly CountySeed[]): ZoneSeed {
  const boundary = zoneBoundary(spec);
  const county = counties.find((c) => c.name === spec.county);
  const ring = openRing(boundary.type === 'Polygon' ? (boundary.coordinates[0] ?? []) : []) as Xy[];
  if (!county || !polygonsOf(county.boundary).some((p) => polygonInside(ring, openRing(p[0] ?? []) as Xy[])))
    throw new Error(`${spec.id}: boundary is not inside ${spec.county}`);
  return {
    id: spec.id,
    name: spec.name,
    shortName: spec.shortName,
    nameEn: spec.nameEn,
    level: spec.level,
    location: spec.location,
    locationNote: spec.locationNote,
    county: spec.county,
    tier: spec.tier,
    plannedAreaHa: Math.round(geometryArea(boundary) / 10000),
    leadingIndustries: spec.leadingIndustries,
    boundary,
  };
}

export function batchSeed(spec: ZoneSpec, plan: BatchPlan, suppliedM2: number): BatchSeed {
  const frame = new LocalFrame(spec.centre[0], spec.centre[1]);
  const rings = plan.blocks.map((b) => closedCcw(b.corners.map((p) => frame.toLonLat(p)), 7));
  const geometry: AreaGeometry =
    rings.length === 1 ? { type: 'Polygon', coordinates: [rings[0] ?? []] } : { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
  const approvedAreaM2 = Math.round(geometryArea(geometry));
  if (suppliedM2 + plan.withdrawnAreaM2 > approvedAreaM2) throw new Error(`${plan.id}: supplied + withdrawn exceeds the approved area`);
  return {
    id: plan.id,
    approvalNo: plan.approvalNo,
    approvalDate: plan.approvalDate,
    zoneId: spec.id,
    approvedAreaM2,
    withdrawnAreaM2: plan.withdrawnAreaM2,
    geometry,
  };
}
