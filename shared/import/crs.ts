import proj4 from 'proj4';

/** The CRSs Puyang data comes in (domain.md §2); everything is stored as CGCS2000 lon/lat. */
export const CRS_DEFS = {
  'EPSG:4490': '+proj=longlat +ellps=GRS80 +no_defs',
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:4526': '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4527': '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=39500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4547': '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4548': '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
} as const;
export type CrsCode = keyof typeof CRS_DEFS;
export const CRS_CODES = Object.keys(CRS_DEFS) as CrsCode[];

export function isGeographic(crs: CrsCode): boolean {
  return crs === 'EPSG:4490' || crs === 'EPSG:4326';
}

const ZONE_BY_PREFIX: Record<string, CrsCode> = { '38': 'EPSG:4526', '39': 'EPSG:4527' };

/** An 8-digit easting carries its 3° zone number in front (38xxxxxx → zone 38). */
export function crsFromEasting(x: number): CrsCode | null {
  if (!Number.isFinite(x) || x < 10_000_000 || x >= 100_000_000) return null;
  return ZONE_BY_PREFIX[String(Math.floor(x / 1_000_000))] ?? null;
}

function param(wkt: string, name: string): number | null {
  const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[0-9.eE+]+)`, 'i').exec(wkt);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Reads a .prj (ESRI or OGC WKT): by its EPSG authority when present, else by datum, central meridian and false easting. */
export function crsFromWkt(wkt: string): CrsCode | null {
  const text = wkt.trim();
  const authority = /AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text) ?? /^(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)[\s\S]*ID\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(text);
  if (authority?.[1] !== undefined) {
    const code = `EPSG:${authority[1]}`;
    if (code in CRS_DEFS) return code as CrsCode;
  }
  const cgcs = /CGCS|China_Geodetic|China Geodetic|2000/i.test(text) && !/WGS.?84/i.test(text.replace(/TOWGS84\[[^\]]*\]/gi, ''));
  const wgs = /WGS.?84/i.test(text);
  if (/^(GEOGCS|GEOGCRS|GEODCRS)/i.test(text)) return cgcs ? 'EPSG:4490' : wgs ? 'EPSG:4326' : null;
  if (!/^(PROJCS|PROJCRS)/i.test(text) || !cgcs) return null;
  const cm = param(text, 'Central_Meridian') ?? param(text, 'Longitude of natural origin') ?? param(text, 'longitude_of_center');
  const fe = param(text, 'False_Easting') ?? param(text, 'False easting');
  const scale = param(text, 'Scale_Factor') ?? param(text, 'Scale factor at natural origin') ?? 1;
  if (cm === null || fe === null || Math.abs(scale - 1) > 1e-9) return null;
  const match = CRS_CODES.find((code) => {
    const d = CRS_DEFS[code];
    return d.includes(`+lon_0=${cm} `) && d.includes(`+x_0=${fe} `);
  });
  return match ?? null;
}

/** GeoJSON 2008 `crs` member: `EPSG:4526`, `urn:ogc:def:crs:EPSG::4526`, `urn:ogc:def:crs:OGC:1.3:CRS84`. */
export function crsFromName(name: string): CrsCode | null {
  if (/CRS84$/i.test(name)) return 'EPSG:4326';
  const m = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name.trim());
  if (!m?.[1]) return null;
  const code = `EPSG:${m[1]}`;
  return code in CRS_DEFS ? (code as CrsCode) : null;
}

const converters = new Map<CrsCode, proj4.Converter>();

/** [x, y] in the source CRS (easting, northing or lon, lat) → [lon, lat] CGCS2000. */
export function toLonLat(crs: CrsCode, xy: readonly [number, number]): [number, number] {
  if (isGeographic(crs)) return [xy[0], xy[1]];
  const [lon, lat] = converterFor(crs).forward([xy[0], xy[1]]);
  return [lon ?? NaN, lat ?? NaN];
}

/** One proj4 converter per CRS (building one parses the definition: far too slow per vertex of a 100k-plot import). */
function converterFor(crs: CrsCode): proj4.Converter {
  let c = converters.get(crs);
  if (!c) {
    c = proj4(CRS_DEFS[crs], CRS_DEFS['EPSG:4490']);
    converters.set(crs, c);
  }
  return c;
}

/** [lon, lat] → [easting, northing] in a projected CRS (exports in a GK zone, planar areas). */
export function fromLonLat(crs: CrsCode, lonLat: readonly [number, number]): [number, number] {
  if (isGeographic(crs)) return [lonLat[0], lonLat[1]];
  const [x, y] = converterFor(crs).inverse([lonLat[0], lonLat[1]]);
  return [x ?? NaN, y ?? NaN];
}

/** The 3° zone (without prefix) whose central meridian is nearest: 114°E west of 115.5°E, else 117°E. */
export function planarCrsFor(lon: number): CrsCode {
  return lon < 115.5 ? 'EPSG:4547' : 'EPSG:4548';
}
