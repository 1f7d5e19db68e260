import { AreaGeometry } from '../../../shared/domain/geometry';
import { ZoneLevel, ZoneLocation } from '../../../shared/domain/enums';
import type { ZoneSeed } from '../../../shared/schemas/seed';
import type { Db } from '../connection';
import { cachedStatement } from '../statements';

export type ZoneRecord = ZoneSeed;

interface ZoneRow {
  id: string;
  name: string;
  short_name: string;
  name_en: string;
  level: string;
  location: string;
  location_note: string;
  county: string;
  tier: number;
  planned_area_ha: number;
  leading_industries: string;
  boundary: string;
}

export function loadZones(db: Db): ZoneRecord[] {
  const rows = db.prepare('SELECT * FROM zones ORDER BY tier, rowid').all() as ZoneRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    nameEn: r.name_en,
    level: ZoneLevel.parse(r.level),
    location: ZoneLocation.parse(r.location),
    locationNote: r.location_note,
    county: r.county,
    tier: r.tier,
    plannedAreaHa: r.planned_area_ha,
    leadingIndustries: JSON.parse(r.leading_industries) as string[],
    boundary: AreaGeometry.parse(JSON.parse(r.boundary)),
  }));
}

/** Whether a zone with this id exists (a check before work filtered by zone; loadZones would parse every boundary). */
export function zoneExists(db: Db, id: string): boolean {
  return cachedStatement(db, 'SELECT 1 FROM zones WHERE id = ?').get(id) !== undefined;
}

export function loadCounties(db: Db): { name: string; boundary: AreaGeometry }[] {
  const rows = db.prepare('SELECT name, boundary FROM counties ORDER BY adcode').all() as { name: string; boundary: string }[];
  return rows.map((r) => ({ name: r.name, boundary: JSON.parse(r.boundary) as AreaGeometry }));
}
