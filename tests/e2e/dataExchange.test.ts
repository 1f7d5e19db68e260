import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../integration/tempDb';
import { ROOT } from './appServer';
import { appSuite } from './appSuite';
import { clickMapCentre, screenshot } from './browser';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');

/** A clerk imports the zone's Shapefile in the 导入导出 view and finds the new plots on the map. */
describe('import wizard (browser mode, Chromium)', () => {
  let page: Page;
  let errors: string[];
  const downloads = tempDir('land-e2e-downloads-');

  appSuite({ open: 'app', cleanup: () => downloads.remove() }, (s) => ({ page, errors } = s));

  it('refuses a damaged Shapefile, naming the feature, the field and the reason', async () => {
    await page.getByTestId('view-data').click();
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'damaged_bowtie.zip'));
    const errorsTable = page.getByTestId('import-errors');
    await errorsTable.waitFor();
    const text = (await errorsTable.textContent()) ?? '';
    expect(text).toContain('第 1 个要素');
    expect(text).toContain('geometry');
    expect(text).toContain('第 1 个多边形第 1 个环：第 1 条边与第 3 条边相交（环自相交）');
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
    await clickMapCentre(page);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-selected-plot')).toBe(plotId);
    await screenshot(page, 'data-04-plot-on-map');
    expect(errors.filter((e) => !e.includes('400 (Bad Request)'))).toEqual([]);
  });

  it('exports the table’s current filter as a Shapefile in zone 38 that GDAL reads', async () => {
    await page.getByTestId('view-data').click();
    await expect(page.getByTestId('export-zone').inputValue()).resolves.toBe('@filter');
    expect((await page.getByTestId('export-zone').locator('option').first().textContent()) ?? '').toContain('当前表格筛选（1 宗）');
    await page.getByTestId('export-crs').selectOption('EPSG:4526');
    await page.getByTestId('export-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-05-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-shp').click()]);
    const zip = downloads.file(download.suggestedFilename());
    await download.saveAs(zip);
    expect(download.suggestedFilename()).toMatch(/^plots-all-filtered-\d{4}-\d{2}-\d{2}-EPSG4526\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(downloads.file(name), bytes);
    const shp = Object.keys(files).find((n) => n.endsWith('.shp')) ?? '';
    const info = execFileSync('ogrinfo', ['-al', downloads.file(shp)], { encoding: 'utf8' });
    expect(info).toContain('Feature Count: 1');
    expect(info).toContain('宗地编号 (String) = FX38-001');
    expect(info).toContain('ID["EPSG",4526]]');
  });

  it('downloads a backup that is a complete SQLite copy of the database', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);
    const file = downloads.file(download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^puyang-land-backup-.*\.sqlite$/);
    await expect.poll(() => page.getByTestId('backup-done').textContent()).toContain('完整性检查通过');
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare("SELECT count(*) AS n FROM plots WHERE parcel_no = 'FX38-001'").get() as { n: number }).n).toBe(1);
      expect((copy.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n).toBeGreaterThan(1000);
    } finally {
      copy.close();
    }
    await page.getByTestId('backup-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-06-backup');
    expect(errors.filter((e) => !e.includes('400 (Bad Request)'))).toEqual([]);
  });

  it('shows row errors, export and backup in English with the English UI', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'damaged_bowtie.zip'));
    await expect.poll(() => page.getByTestId('import-errors').textContent()).toContain('polygon 1 ring 1: edges 1 and 3 cross (self-intersecting ring)');
    expect(await page.getByTestId('backup-download').textContent()).toBe('Download backup');
    expect(await page.getByTestId('export-crs').locator('option').nth(1).textContent()).toBe('Gauss-Krüger 3° zone 38, with zone prefix (EPSG:4526)');
    await page.getByTestId('data-exchange-view').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'data-07-english');
    await page.getByTestId('lang-zh').click();
  });
});
