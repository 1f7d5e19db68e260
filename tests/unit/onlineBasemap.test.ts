import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, installCsp, pinTileOriginsInPage, withTileOrigins } from '../../electron/desktop/security';
import { gcjToWgs, outOfChina, wgsToGcj } from '../../shared/geo/gcj02';
import { OnlineBasemap, templateOrigins, tileLayersOf, tileOrigins } from '../../shared/geo/onlineBasemap';

/** Metres between two lon/lat points (equirectangular, fine at these distances). */
function metres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const k = (Math.PI / 180) * 6378137;
  return Math.hypot((a.lon - b.lon) * k * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * k);
}

describe('WGS84 → GCJ-02', () => {
  it('matches the published reference pair (coordtransform README: wgs84togcj02(116.404, 39.915))', () => {
    const g = wgsToGcj(116.404, 39.915);
    expect(g.lon).toBeCloseTo(116.41024449916938, 12);
    expect(g.lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('shifts Puyang by a few hundred metres', () => {
    const shift = metres({ lon: 115.03, lat: 35.76 }, wgsToGcj(115.03, 35.76));
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
  });

  it('round-trips wgs → gcj → wgs within 0.5 m over China', () => {
    let worst = 0;
    for (let lon = 74; lon <= 134; lon += 3.7) {
      for (let lat = 18; lat <= 53; lat += 2.3) {
        const g = wgsToGcj(lon, lat);
        worst = Math.max(worst, metres({ lon, lat }, gcjToWgs(g.lon, g.lat)));
      }
    }
    expect(worst).toBeLessThan(0.5);
  });

  it('leaves points outside China unchanged', () => {
    expect(outOfChina(-0.1276, 51.5072)).toBe(true);
    expect(wgsToGcj(-0.1276, 51.5072)).toEqual({ lon: -0.1276, lat: 51.5072 });
    expect(gcjToWgs(139.69, 35.69)).toEqual({ lon: 139.69, lat: 35.69 });
    expect(outOfChina(115.03, 35.76)).toBe(false);
  });
});

describe('online basemap setting', () => {
  const key = '0123456789abcdef0123456789abcdef';

  it('Tianditu: Web-Mercator _w services, base then labels, all eight hosts pinned', () => {
    const source = OnlineBasemap.parse({ kind: 'tianditu', key, layer: 'img', labels: true, reviewNumber: 'GS(2024)0001号' });
    const layers = tileLayersOf(source);
    expect(layers.map((l) => l.url)).toEqual([
      `https://t{s}.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
      `https://t{s}.tianditu.gov.cn/cia_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cia&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
    ]);
    expect(layers[0]?.attribution).toContain('GS(2024)0001号');
    expect(tileOrigins(source)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `https://t${i}.tianditu.gov.cn`));
  });

  it('refuses a Tianditu key that is not 32 hex characters, naming the field', () => {
    const r = OnlineBasemap.safeParse({ kind: 'tianditu', key: 'abc', layer: 'vec', labels: false, reviewNumber: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['key']);
  });

  it('XYZ: pins each {s} subdomain origin with its port; refuses templates without z/x/y, credentials or a bad scheme', () => {
    expect(templateOrigins('https://{s}.tiles.bureau.example:8443/{z}/{x}/{y}.png', 'ab')).toEqual(['https://a.tiles.bureau.example:8443', 'https://b.tiles.bureau.example:8443']);
    expect(templateOrigins('http://10.1.2.3/{z}/{x}/{-y}.png', '')).toEqual(['http://10.1.2.3']);
    expect(templateOrigins('https://TILES.example:443/{z}/{x}/{y}', '')).toEqual(['https://tiles.example']);
    expect(templateOrigins('https://tiles.example/{z}/{x}.png', '')).toMatch(/\{y\}/);
    expect(templateOrigins('https://u:p@tiles.example/{z}/{x}/{y}', '')).toMatch(/user name/);
    expect(templateOrigins('javascript:alert(1)//{z}/{x}/{y}', '')).toMatch(/https/);
    expect(templateOrigins('https://*.example/{z}/{x}/{y}', '')).toMatch(/not a host/);
    expect(templateOrigins("https://a.example; script-src *'/{z}/{x}/{y}", '')).toMatch(/not a host/);
    const r = OnlineBasemap.safeParse({ kind: 'xyz', url: 'https://tiles.example/{z}/{x}.png', subdomains: '', datum: 'gcj02', attribution: 'x', maxZoom: 18 });
    expect(r.error?.issues[0]?.path).toEqual(['url']);
  });

  it('none requests nothing and pins nothing', () => {
    expect(tileLayersOf({ kind: 'none' })).toEqual([]);
    expect(tileOrigins({ kind: 'none' })).toEqual([]);
  });
});

describe('CSP pinned to the configured tile origins', () => {
  const imgSrc = (csp: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src'));

  it('adds exactly the configured origins to img-src and nothing else changes', () => {
    const csp = withTileOrigins(CONTENT_SECURITY_POLICY, ['https://t0.tianditu.gov.cn', 'https://t1.tianditu.gov.cn']);
    expect(imgSrc(csp)).toBe("img-src 'self' data: blob: https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn");
    expect(csp.replace(/ https:\/\/t\d\.tianditu\.gov\.cn/g, '')).toBe(CONTENT_SECURITY_POLICY);
    expect(withTileOrigins(CONTENT_SECURITY_POLICY, [])).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never lets a wildcard or a directive in', () => {
    expect(withTileOrigins(CONTENT_SECURITY_POLICY, ['*', 'https://*.example', "https://a.example; script-src 'unsafe-eval'", 'https:'])).toBe(CONTENT_SECURITY_POLICY);
  });

  it('Electron: every response carries the policy of the setting current at that response', () => {
    type Listener = NonNullable<Parameters<Session['webRequest']['onHeadersReceived']>[0]>;
    let listener: Listener | undefined;
    const session = { webRequest: { onHeadersReceived: (l: Listener) => (listener = l) } } as unknown as Pick<Session, 'webRequest'>;
    let origins: string[] = [];
    installCsp(session, () => origins);
    const headersNow = () => {
      let headers: Record<string, string | string[]> | undefined;
      listener?.({ responseHeaders: {} } as unknown as Parameters<Listener>[0], (response) => (headers = response.responseHeaders));
      return String(headers?.['Content-Security-Policy']);
    };
    expect(headersNow()).toBe(CONTENT_SECURITY_POLICY);
    origins = ['https://tiles.bureau.example'];
    expect(imgSrc(headersNow())).toBe("img-src 'self' data: blob: https://tiles.bureau.example");
    expect(headersNow()).not.toContain('evil.example');
  });
});

describe("the page's own <meta> CSP", () => {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
  const metaImgSrc = (page: string) => /http-equiv="Content-Security-Policy"\s+content="[^"]*?(img-src [^;"]*)/.exec(page)?.[1];

  it('gets exactly the configured origins in img-src, and stays as it is without any', () => {
    expect(metaImgSrc(html)).toBe("img-src 'self' data:");
    expect(pinTileOriginsInPage(html, [])).toBe(html);
    expect(metaImgSrc(pinTileOriginsInPage(html, ['https://tiles.bureau.example']))).toBe("img-src 'self' data: https://tiles.bureau.example");
    expect(pinTileOriginsInPage(html, ['https://*.example', "x'; script-src *"])).toBe(html);
  });
});
