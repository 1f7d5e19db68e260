/**
 * GCJ-02 ("Mars coordinates"), the obfuscated datum of many Chinese web maps, from WGS84 (≈ CGCS2000 at map scale).
 * The standard published transform (the Krasovsky constants below, as in eviltransform / coordtransform); the
 * inverse is iterative because the forward shift has no closed-form inverse. Outside China the shift is not applied.
 */
const A = 6378245.0;
const EE = 0.006693421622965943; // 0.00669342162296594323 as published, to double precision

export interface LonLat {
  lon: number;
  lat: number;
}

/** The rectangle the published transform treats as China: points outside it are left unchanged. */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function shiftLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

export function wgsToGcj(lon: number, lat: number): LonLat {
  if (outOfChina(lon, lat)) return { lon, lat };
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (shiftLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (shiftLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lon: lon + dLon, lat: lat + dLat };
}

/** Fixed-point iteration: the shift varies slowly, so each step gains about five digits; 1e-10° is ~0.01 mm. */
export function gcjToWgs(lon: number, lat: number): LonLat {
  if (outOfChina(lon, lat)) return { lon, lat };
  let w = { lon, lat };
  for (let i = 0; i < 10; i++) {
    const g = wgsToGcj(w.lon, w.lat);
    const dLon = g.lon - lon;
    const dLat = g.lat - lat;
    w = { lon: w.lon - dLon, lat: w.lat - dLat };
    if (Math.abs(dLon) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return w;
}
