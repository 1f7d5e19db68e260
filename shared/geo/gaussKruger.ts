import { fromLonLat, planarCrsFor, type CrsCode } from '../import/crs';

export interface GkPosition {
  /** 3° zone number: 38 (CM 114°E) or 39 (CM 117°E). */
  zone: 38 | 39;
  /** EPSG code of the zone-prefixed CRS (4526 / 4527). */
  epsg: 4526 | 4527;
  /** Easting with the zone prefix, metres (e.g. 38 593150.77 → 38593150.77). */
  easting: number;
  northing: number;
}

const PREFIXED: Record<string, { crs: CrsCode; zone: 38 | 39; epsg: 4526 | 4527 }> = {
  'EPSG:4547': { crs: 'EPSG:4526', zone: 38, epsg: 4526 },
  'EPSG:4548': { crs: 'EPSG:4527', zone: 39, epsg: 4527 },
};

/** CGCS2000 3° Gauss-Krüger position of a lon/lat, the zone chosen by the nearest central meridian. */
export function gkPosition(lon: number, lat: number): GkPosition {
  const picked = PREFIXED[planarCrsFor(lon)];
  if (!picked) throw new Error(`no prefixed GK zone for lon ${lon}`);
  const [easting, northing] = fromLonLat(picked.crs, [lon, lat]);
  return { zone: picked.zone, epsg: picked.epsg, easting, northing };
}

/** "38 593150.77": the zone prefix split from the 6-digit in-zone easting, as surveyors write it. */
export function formatGkEasting(p: GkPosition): string {
  const inZone = p.easting - p.zone * 1_000_000;
  return `${p.zone} ${inZone.toFixed(2)}`;
}
