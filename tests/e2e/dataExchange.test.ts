import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startAppServer, type AppServer } from './appServer';
import { launchBrowser, openPage, screenshot } from './browser';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');

/** A clerk imports the zone's Shapefile in the 导入导出 view and finds the new plots on the map. */
describe('import wizard (browser mode, Chromium)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
    await page.goto(server.url);
    await page.getByTestId('table-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a damaged Shapefile, naming the feature, the field and the reason', async () => {
    await page.getByTestId('view-data').click();
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'damaged_bowtie.zip'));
    const errorsTable = page.getByTestId('import-errors');
    await errorsTable.waitFor();
    const text = (await errorsTable.textContent()) ?? '';
    expect(text).toContain('第 1 个要素');
    expect(text).toContain('geometry');
    expect(text).toContain('cross');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await screenshot(page, 'data-01-refused');
  });

  it('previews a zipped GBK Shapefile in zone 38: mapping, CRS, counts; then imports it', async () => {
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'zone38_gbk.zip'));
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toContain('将新增 3 宗');
    const info = (await page.getByTestId('import-fileinfo').textContent()) ?? '';
    expect(info).toContain('EPSG:4526');
    expect(info).toContain('gbk');
    await expect(page.getByTestId('import-mapping').getByLabel('土地使用权', { exact: true }).inputValue()).resolves.toBe('landUser');
    await screenshot(page, 'data-02-preview');
    await page.getByTestId('import-run').click();
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toContain('已导入：新增 3 宗');
    await screenshot(page, 'data-03-imported');
  });

  it('shows the imported plot on the map: picked in the table, then clicked on the map', async () => {
    await page.getByTestId('view-map').click();
    await page.getByTestId('filter-search').fill('FX38-001');
    const row = page.getByTestId('plot-row').first();
    await expect.poll(() => page.getByTestId('plot-row').count()).toBe(1);
    const plotId = (await row.getAttribute('data-plot-id')) ?? '';
    await row.click();
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plotId);
    await page.getByTestId('plot-panel').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe('');
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe(plotId);
    await screenshot(page, 'data-04-plot-on-map');
    expect(errors.filter((e) => !e.includes('400 (Bad Request)'))).toEqual([]);
  });
});
