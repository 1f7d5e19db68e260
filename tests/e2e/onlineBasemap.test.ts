import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wgsToGcj } from '../../shared/geo/gcj02';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const KEY = '0123456789abcdef0123456789abcdef';
const BUREAU = 'https://tiles.bureau.example';

/** Global pixel of a lon/lat in Web Mercator at zoom z (256-px tiles), as Leaflet's EPSG:3857 computes it. */
function mercatorPixel(lon: number, lat: number, z: number): [number, number] {
  const scale = 256 * 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [(scale * (lon + 180)) / 360, scale * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI))];
}

const isLoopback = (url: string) => /^(data|blob):/.test(url) || new URL(url).hostname === '127.0.0.1';

/** The optional online basemap in browser mode: offline by default, pinned CSP, Tianditu, a GCJ-02 server drawn shifted. */
describe('online basemap (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  const requests: string[] = [];
  const answered: string[] = [];
  let tilePng: Buffer;

  const mapLoaded = () => page.locator('[data-testid=map][data-plots-loaded=true]').waitFor();
  const csp = async () => (await page.request.get(server.url)).headers()['content-security-policy'] ?? '';

  appSuite({ open: 'blank' }, async (s) => {
    ({ server, page, errors } = s);
    page.on('request', (r: Request) => requests.push(r.url()));
    page.on('response', (r) => answered.push(r.url()));
    // The remote tile servers are stood in for by Chromium itself: a real PNG it draws, served for any tile request.
    await page.route(/^https:\/\/(t\d\.tianditu\.gov\.cn|tiles\.bureau\.example)\//, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tilePng }));
  });

  it('by default sends no request off this machine, while the map loads, pans and zooms', async () => {
    await page.goto(server.url);
    await mapLoaded();
    // The bundled Yellow River is drawn offline at city scale, with its source named.
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('Natural Earth');
    await expect(page.locator('.leaflet-river-pane canvas').count()).resolves.toBe(1);
    await screenshot(page, 'online-basemap-00-offline-river');
    const box = await page.locator('.map-view__leaflet').boundingBox();
    if (!box) throw new Error('map not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height / 2 - 200, { steps: 10 });
    await page.mouse.up();
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(800);
    // Zoomed in past city scale the indicative river is hidden, and so is its attribution.
    await page.mouse.wheel(0, -2000);
    await page.waitForTimeout(800);
    await expect.poll(() => page.locator('.leaflet-control-attribution').textContent()).not.toContain('Natural Earth');
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !isLoopback(u))).toEqual([]);
    expect(await csp()).not.toMatch(/https?:\/\//);
    await expect(page.getByTestId('map').getAttribute('data-datum')).resolves.toBe('cgcs2000');
    const png = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = c.height = 256;
      const g = c.getContext('2d');
      if (!g) throw new Error('no 2d context');
      g.fillStyle = '#e8efe2';
      g.fillRect(0, 0, 256, 256);
      g.strokeStyle = '#9aa88f';
      g.strokeRect(0.5, 0.5, 255, 255);
      return c.toDataURL('image/png').split(',')[1] ?? '';
    });
    tilePng = Buffer.from(png, 'base64');
  });

  it('configures Tianditu in the layer control (a bad key is refused), pins its hosts and blocks any other', async () => {
    await page.getByTestId('layers-toggle').click();
    await page.getByTestId('online-settings').click();
    await page.getByTestId('online-kind').selectOption('tianditu');
    await page.getByTestId('online-key').fill('not-a-key');
    await page.getByTestId('online-save').click();
    await expect(page.getByTestId('online-error').textContent()).resolves.toContain('key');
    await page.getByTestId('online-key').fill(KEY);
    await page.getByTestId('online-review').fill('GS(2099)0000号');
    await screenshot(page, 'online-basemap-01-settings');
    const reloaded = page.waitForEvent('load');
    await page.getByTestId('online-save').click();
    await reloaded;
    await mapLoaded();
    await expect.poll(() => requests.filter((u) => u.includes('tianditu.gov.cn/vec_w/wmts')).length).toBeGreaterThan(0);
    await expect.poll(() => requests.filter((u) => u.includes('tianditu.gov.cn/cva_w/wmts')).length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('img.leaflet-tile-loaded[src*="tianditu.gov.cn/vec_w"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('img.leaflet-tile-loaded[src*="tianditu.gov.cn/cva_w"]').count()).toBeGreaterThan(0);
    const tile = requests.find((u) => u.includes('vec_w')) ?? '';
    expect(tile).toMatch(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\/vec_w\/wmts\?SERVICE=WMTS&REQUEST=GetTile&VERSION=1\.0\.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+&tk=0123456789abcdef0123456789abcdef$/);
    const policy = await csp();
    for (let i = 0; i < 8; i++) expect(policy).toContain(`https://t${i}.tianditu.gov.cn`);
    expect(policy).not.toContain('bureau.example');
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('天地图');
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('GS(2099)0000号');
    await screenshot(page, 'online-basemap-02-tianditu');

    // An image from a host the setting does not name is refused by the page's CSP and never requested.
    const blocked = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.violatedDirective} ${e.blockedURI}`), { once: true });
          const img = new Image();
          img.src = url;
          setTimeout(() => resolve('no violation'), 3000);
        }),
      `${BUREAU}/1/1/1.png`,
    );
    expect(blocked).toMatch(/^img-src https:\/\/tiles\.bureau\.example/);
    expect(answered.filter((u) => u.startsWith(BUREAU))).toEqual([]);
  });

  it('draws our CGCS2000 data on a GCJ-02 server shifted into GCJ-02 (readout stays CGCS2000)', async () => {
    await callApi(server, 'map.onlineBasemap.set', { source: { kind: 'xyz', url: `${BUREAU}/{z}/{x}/{y}.png`, subdomains: '', datum: 'gcj02', attribution: '局内底图 (GCJ-02)', maxZoom: 18 } });
    await page.reload();
    await mapLoaded();
    await expect.poll(() => page.getByTestId('map').getAttribute('data-datum')).toBe('gcj02');
    const box = await page.locator('.map-view__leaflet').boundingBox();
    if (!box) throw new Error('map not laid out');
    const cx = Math.round(box.x + box.width / 2);
    const cy = Math.round(box.y + box.height / 2);
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -1200);
    await page.waitForTimeout(1500);
    await expect.poll(() => page.locator(`img.leaflet-tile-loaded[src^="${BUREAU}"]`).count()).toBeGreaterThan(0);
    // The tile under the centre pixel, from its address and where Leaflet placed it: the finest one, since a coarser
    // level's tiles stay on screen while the new level loads (at a coarse level the GCJ-02 shift is only a few pixels).
    const under = await page.evaluate(
      ({ x, y }) => {
        let best: { z: number; tx: number; ty: number; dx: number; dy: number } | null = null;
        for (const img of Array.from(document.querySelectorAll<HTMLImageElement>('img.leaflet-tile-loaded'))) {
          const r = img.getBoundingClientRect();
          const m = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(img.src);
          if (m && x >= r.left && x < r.right && y >= r.top && y < r.bottom && (best === null || Number(m[1]) > best.z)) {
            best = { z: Number(m[1]), tx: Number(m[2]), ty: Number(m[3]), dx: ((x - r.left) * 256) / r.width, dy: ((y - r.top) * 256) / r.height };
          }
        }
        return best;
      },
      { x: cx, y: cy },
    );
    if (!under) throw new Error('no tile under the centre');
    const readout = page.getByTestId('map-readout');
    await expect
      .poll(async () => {
        await page.mouse.move(cx, cy);
        return readout.getAttribute('data-px');
      })
      .toBe(`${cx - Math.round(box.x)},${cy - Math.round(box.y)}`);
    const lon = Number(await readout.getAttribute('data-lon'));
    const lat = Number(await readout.getAttribute('data-lat'));
    const onTile = [under.tx * 256 + under.dx, under.ty * 256 + under.dy];
    const g = wgsToGcj(lon, lat);
    const [gx, gy] = mercatorPixel(g.lon, g.lat, under.z);
    const [wx, wy] = mercatorPixel(lon, lat, under.z);
    // (At a fractional zoom tiles are scaled: dx, dy are in the tile's own 256-px frame.)
    // The pixel of the tile under the cursor is where GCJ-02 puts our CGCS2000 point, not where CGCS2000 would.
    expect(Math.hypot(gx - (onTile[0] ?? 0), gy - (onTile[1] ?? 0))).toBeLessThan(2);
    expect(Math.hypot(wx - (onTile[0] ?? 0), wy - (onTile[1] ?? 0))).toBeGreaterThan(10);
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('局内底图');
    expect(await csp()).toContain(BUREAU);
    await screenshot(page, 'online-basemap-03-gcj02');
  });

  it('back to none: offline again, nothing pinned', async () => {
    await callApi(server, 'map.onlineBasemap.set', { source: { kind: 'none' } });
    await page.reload();
    await mapLoaded();
    expect(await csp()).not.toMatch(/https?:\/\//);
    await expect(page.getByTestId('map').getAttribute('data-datum')).resolves.toBe('cgcs2000');
    await page.getByTestId('lang-en').click();
    await page.getByTestId('layers-toggle').click();
    await page.getByTestId('online-settings').click();
    await page.getByTestId('online-kind').selectOption('xyz');
    await page.getByTestId('online-datum').selectOption('gcj02');
    await expect(page.getByTestId('online-basemap-settings').textContent()).resolves.toContain('converted from CGCS2000 to GCJ-02');
    await screenshot(page, 'online-basemap-04-settings-en');
    // The one console error expected is the refused image of the unconfigured host above.
    expect(errors.filter((e) => !e.includes(`'${BUREAU}/1/1/1.png' violates`))).toEqual([]);
  });
});
