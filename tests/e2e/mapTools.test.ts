import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

interface Readout {
  lon: number;
  lat: number;
  x: number;
  y: number;
  epsg: number;
  text: string;
}

/** Map tools in browser mode: cursor coordinates, measuring, parcel search. */
describe('map tools (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let plot: { id: string; parcelNo: string; bbox: [number, number, number, number] };

  const mapBox = async () => {
    const box = await page.locator('.map-view__leaflet').boundingBox();
    if (!box) throw new Error('map not laid out');
    return box;
  };
  const readAt = async (px: number, py: number): Promise<Readout> => {
    const r = page.getByTestId('map-readout');
    const box = await mapBox();
    const want = `${Math.round(px - box.x)},${Math.round(py - box.y)}`;
    // The readout names the pixel it read. Headless Chromium holds the last mouse move back until the next input
    // event, so each poll moves to the same pixel again, which delivers the held one.
    await expect
      .poll(async () => {
        await page.mouse.move(px, py);
        return (await r.count()) > 0 ? r.getAttribute('data-px') : null;
      })
      .toBe(want);
    const num = async (a: string) => Number(await r.getAttribute(a));
    return { lon: await num('data-lon'), lat: await num('data-lat'), x: await num('data-gk-x'), y: await num('data-gk-y'), epsg: await num('data-epsg'), text: (await r.textContent()) ?? '' };
  };

  appSuite({ open: 'blank' }, async (s) => {
    ({ server, page, errors } = s);
    await page.goto(server.url);
    await page.locator('[data-testid=map][data-plots-loaded=true]').waitFor();
    const asOf = await page.getByTestId('as-of').inputValue();
    const plots = await callApi<{ id: string; parcelNo: string; bbox: [number, number, number, number] }[]>(server, 'plots.list', { asOf });
    const picked = plots[Math.floor(plots.length / 2)];
    if (!picked) throw new Error('no plots in the seeded database');
    plot = picked;
  });

  it('searches a parcel number, selects the plot and zooms to it', async () => {
    await page.getByTestId('map-search-input').fill(plot.parcelNo);
    const first = page.getByTestId('map-search-suggestion').first();
    await expect.poll(() => first.textContent()).toContain(plot.parcelNo);
    await screenshot(page, 'map-tools-01-search');
    await first.click();
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe(plot.id);
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plot.id);
    await page.getByTestId('zoom-to-selection').click();
  });

  it('shows lon/lat and CGCS2000 GK under the cursor, matching the map position', async () => {
    const box = await mapBox();
    // Zoom to selection fits the plot with even padding: its bbox centre is the map centre.
    const r = await readAt(Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
    const [w, s, e, n] = plot.bbox;
    expect(Math.abs(r.lon - (w + e) / 2)).toBeLessThan(Math.max((e - w) / 2, 1e-4));
    expect(Math.abs(r.lat - (s + n) / 2)).toBeLessThan(Math.max((n - s) / 2, 1e-4));
    expect(r.text).toContain(r.lon.toFixed(6));
    expect(r.text).toContain(r.lat.toFixed(6));
    const zone = r.lon < 115.5 ? 38 : 39;
    expect(r.epsg).toBe(zone === 38 ? 4526 : 4527);
    expect(Math.floor(r.x / 1_000_000)).toBe(zone);
    // Puyang lies at ~35.2°–36.2°N: GK northings of 3.90–4.01 million metres.
    expect(r.y).toBeGreaterThan(3_900_000);
    expect(r.y).toBeLessThan(4_010_000);
    expect(r.text).toContain(`${zone} ${(r.x - zone * 1_000_000).toFixed(2)}`);
    await screenshot(page, 'map-tools-02-readout');
  });

  it('measures a distance and an area that agree with the GK coordinates of the clicked points', async () => {
    const box = await mapBox();
    const cx = Math.round(box.x + box.width * 0.4);
    const cy = Math.round(box.y + box.height * 0.55);
    const corners: [number, number][] = [
      [cx - 100, cy - 80],
      [cx + 100, cy - 80],
      [cx + 100, cy + 80],
      [cx - 100, cy + 80],
    ];
    const gk: Readout[] = [];
    for (const [x, y] of corners) gk.push(await readAt(x, y));
    const toggle = page.getByTestId('measure-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    const [a, b] = corners;
    if (!a || !b) throw new Error('corners');
    await page.mouse.click(a[0], a[1]);
    await page.mouse.click(b[0], b[1]);
    const dist = page.getByTestId('measure-distance');
    await dist.waitFor();
    const [ga, gb] = gk;
    if (!ga || !gb) throw new Error('readouts');
    const expected = Math.hypot(gb.x - ga.x, gb.y - ga.y);
    expect(expected).toBeGreaterThan(0);
    expect(Math.abs(Number(await dist.getAttribute('data-m')) - expected) / expected).toBeLessThan(0.005);
    await screenshot(page, 'map-tools-03-distance');

    for (const [x, y] of corners.slice(2)) await page.mouse.click(x, y);
    await page.getByTestId('measure-finish').click();
    const area = page.getByTestId('measure-area');
    await area.waitFor();
    let twice = 0;
    gk.forEach((p, i) => {
      const q = gk[(i + 1) % gk.length];
      if (q) twice += p.x * q.y - q.x * p.y;
    });
    const expectedArea = Math.abs(twice) / 2;
    const m2 = Number(await area.getAttribute('data-m2'));
    expect(Math.abs(m2 - expectedArea) / expectedArea).toBeLessThan(0.005);
    expect(Number(await area.getAttribute('data-mu'))).toBeCloseTo((m2 * 15) / 10000, 6);
    await expect(area.textContent()).resolves.toContain('亩');
    await expect(page.getByTestId('measure-tool').textContent()).resolves.toContain('平面面积（CGCS2000 高斯-克吕格 3° 带）');
    await screenshot(page, 'map-tools-04-area');

    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect(page.getByTestId('measure-area').count()).resolves.toBe(0);
  });

  it('hides and shows layers', async () => {
    const plots = page.getByTestId('layer-plots');
    await page.getByTestId('layers-toggle').click();
    await plots.uncheck();
    await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-plot-count'))).toBe(0);
    await screenshot(page, 'map-tools-05-layers');
    await plots.check();
    await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-plot-count'))).toBeGreaterThan(0);
  });

  it('reads in English too', async () => {
    await page.getByTestId('lang-en').click();
    const box = await mapBox();
    const r = await readAt(Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
    expect(r.text).toContain('Lon/Lat');
    expect(r.text).toContain(`EPSG:${r.epsg}`);
    await page.getByTestId('measure-toggle').click();
    await expect(page.getByTestId('measure-tool').textContent()).resolves.toContain('Click points');
    await expect(page.getByTestId('map-search-input').getAttribute('placeholder')).resolves.toBe('Search parcel no. / land user');
    await screenshot(page, 'map-tools-06-english');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
