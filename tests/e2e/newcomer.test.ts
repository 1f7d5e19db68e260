import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppServer, callApi } from './appServer';
import { appSuite } from './appSuite';
import { clickMapCentre, screenshot } from './browser';

const ZONE_NAMES = [
  '濮阳经济技术开发区',
  '濮阳高新技术产业开发区',
  '濮阳工业园区',
  '濮阳县先进制造业开发区',
  '清丰县先进制造业开发区',
  '南乐县先进制造业开发区',
  '范县先进制造业开发区',
  '台前县先进制造业开发区',
];


/** The newcomer's path through browser mode, one step per test, sharing one server, browser and page. */
describe('newcomer path (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let plotId = '';
  const apiBodies: { method: string; input: Record<string, unknown> }[] = [];

  appSuite({ open: 'blank' }, (s) => {
    ({ server, page, errors } = s);
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/')) apiBodies.push({ method: path.slice(5), input: JSON.parse(r.postData() ?? '{}') as Record<string, unknown> });
    });
  });

  it('opens with the eight zones, the map with plots and the illustrative-data notice', async () => {
    await page.goto(server.url);
    await page.getByTestId('zone-list').waitFor();
    for (const name of ZONE_NAMES) await expect.poll(() => page.getByTestId('zone-list').getByText(name, { exact: true }).count()).toBe(1);
    await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-plot-count'))).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('plot-row').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('app-title').textContent()).resolves.toBe('濮阳市开发区土地节约集约利用监管系统');
    await expect(page.getByTestId('dataset-banner').textContent()).resolves.toContain('示例数据');
    expect(page.url()).not.toContain('token=');
    // The "all zones" entry agrees with the eight zones it sums up.
    const asOf = await page.getByTestId('as-of').inputValue();
    const zones = await callApi<{ kpi: { plotCount: number } }[]>(server, 'zones.list', { asOf });
    const total = zones.reduce((s, z) => s + z.kpi.plotCount, 0);
    await expect(page.getByTestId('zone-all').textContent()).resolves.toContain(`${total.toLocaleString('zh-CN')} 宗`);
    await screenshot(page, '01-overview');
  });

  it('keeps only the visible table rows in the DOM', async () => {
    const [, total] = /(\d[\d,]*)\s*\/\s*(\d[\d,]*)/.exec((await page.getByTestId('table-count').textContent()) ?? '') ?? [];
    const totalRows = Number((total ?? '0').replace(/,/g, ''));
    const inDom = await page.getByTestId('plot-row').count();
    if (totalRows > 60) expect(inDom).toBeLessThan(totalRows);
    expect(inDom).toBeGreaterThan(0);
  });

  it('selects a zone: the table follows it', async () => {
    const card = page.locator('.zone-card', { hasText: '濮阳经济技术开发区' });
    await card.click();
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    const zoneId = await page.getByTestId('filter-zone').inputValue();
    expect(zoneId).not.toBe('');
    const zonesOfRows = await page.getByTestId('plot-row').evaluateAll((rows) => rows.map((r) => r.children[2]?.textContent ?? ''));
    expect(new Set(zonesOfRows).size).toBe(1);
    await screenshot(page, '02-zone-selected');
  });

  it('sorts the table by a column', async () => {
    const areas = async () =>
      (await page.getByTestId('plot-row').evaluateAll((rows) => rows.slice(0, 10).map((r) => r.children[3]?.textContent ?? ''))).map((t) =>
        Number(t.replace(/,/g, '')),
      );
    await page.getByTestId('sort-areaMu').click();
    await expect.poll(() => page.getByTestId('sort-areaMu').getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('sort-areaMu').click();
    await expect.poll(() => page.getByTestId('sort-areaMu').getAttribute('aria-sort')).toBe('descending');
    const desc = await areas();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.getByTestId('sort-parcelNo').click();
    await expect.poll(() => page.getByTestId('sort-parcelNo').getAttribute('aria-sort')).toBe('ascending');
  });

  it('opens a noncompliant plot and reads a failing finding that cites its source', async () => {
    await page.getByTestId('filter-status').selectOption('noncompliant');
    const row = page.getByTestId('plot-row').first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('noncompliant');
    plotId = (await row.getAttribute('data-plot-id')) ?? '';
    await row.click();
    const panel = page.getByTestId('plot-detail');
    await expect.poll(() => panel.getAttribute('data-plot-id')).toBe(plotId);
    await expect(page.getByTestId('plot-status').textContent()).resolves.toBe('不达标');
    const failing = panel.locator('[data-testid="finding"][data-result="fail"]').first();
    const text = (await failing.getByTestId('finding-text').textContent()) ?? '';
    const asOf = await page.getByTestId('as-of').inputValue();
    const detail = await callApi<{ evaluation: { findings: { result: string; source: string; text: string }[] } }>(server, 'plots.get', { asOf, id: plotId });
    const failed = detail.evaluation.findings.filter((f) => f.result === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(text).toContain('依据');
    expect(failed.map((f) => f.text)).toContain(text);
    expect(failed.some((f) => text.includes(f.source))).toBe(true);
    await expect(panel.getByTestId('attr-area').textContent()).resolves.toMatch(/m².*亩/);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe(plotId);
    await screenshot(page, '03-noncompliant-plot');
    await expect(panel.getByTestId('date-agreedStart').textContent()).resolves.toMatch(/\d{4}-\d{2}-\d{2}|—/);
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, '03b-plot-contract-and-metrics');
    await panel.evaluate((el) => el.scrollTo(0, 0));
  });

  it('selects a plot by clicking it on the map', async () => {
    await page.getByTestId('plot-panel').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe('');
    // The map was centred on the plot when it was picked in the table; its centre lies on the plot.
    await clickMapCentre(page);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe(plotId);
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plotId);
    await expect.poll(() => page.locator('[data-testid="plot-row"].is-selected').getAttribute('data-plot-id')).toBe(plotId);
  });

  it('changes the as-of date and every view re-queries', async () => {
    const before = await page.getByTestId('as-of').inputValue();
    const next = `${Number(before.slice(0, 4)) - 1}${before.slice(4, 10)}`.replace(/-02-29$/, '-02-28');
    apiBodies.length = 0;
    await page.getByTestId('as-of').fill(next);
    for (const method of ['zones.list', 'plots.columns', 'plots.get', 'batches.list']) {
      await expect.poll(() => apiBodies.some((b) => b.method === method && b.input.asOf === next), { message: method }).toBe(true);
    }
    await expect.poll(() => page.getByTestId('as-of').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => page.getByTestId('plot-panel').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plotId);
    expect(await page.getByTestId('as-of').inputValue()).toBe(next);
    await screenshot(page, '04-as-of-changed');
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('Puyang Development Zone Land-Use Supervision');
    await expect(page.getByTestId('zone-all').textContent()).resolves.toContain('All zones');
    await expect(page.getByTestId('sort-landUser').textContent()).resolves.toContain('Land user');
    await expect(page.getByTestId('plot-status').textContent()).resolves.toBe('Noncompliant');
    const texts = await page.getByTestId('finding-text').allTextContents();
    expect(texts.some((t) => t.includes('Source:'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, '05-english');
  });

  it('recolours the map by lifecycle', async () => {
    await page.getByTestId('theme-lifecycle').click();
    await expect(page.getByTestId('map-legend').textContent()).resolves.toContain('Under construction');
    await page.getByTestId('zone-all').click();
    await page.getByTestId('filter-status').selectOption('all');
    await screenshot(page, '06-lifecycle-theme');
  });

  it('refuses API calls without the token', async () => {
    const none = await fetch(`${server.origin}/api/app.info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([401, 403]).toContain(none.status);
    const wrong = await fetch(`${server.origin}/api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-land-token': 'not-the-token' },
      body: '{}',
    });
    expect([401, 403]).toContain(wrong.status);
  });

  it('logged no console errors and no uncaught exceptions', () => {
    expect(errors).toEqual([]);
  });
});
