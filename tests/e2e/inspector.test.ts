import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../integration/tempDb';
import { makeJpeg } from '../integration/testPhoto';
import { type AppServer, callApi } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';


/** The inspector's path (issue 3) through browser mode: an idle plot, an inspection with a photo, a case moved two steps. */
describe('inspector path (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let plotId = '';
  let photoSha = '';
  const tmp = tempDir('land-e2e-photo-');

  appSuite({ open: 'blank', cleanup: () => tmp.remove() }, (s) => ({ server, page, errors } = s));

  it('sets the user name and lists idle plots in the warnings view', async () => {
    await page.goto(server.url);
    await page.getByTestId('view-warnings').click();
    await page.getByTestId('warnings-view').waitFor();
    await page.getByTestId('user-name').fill('赵检查');
    await page.getByTestId('user-name-save').click();
    await expect.poll(() => page.getByTestId('user-name-save').textContent()).toBe('已保存');
    await expect(page.getByTestId('user-name').inputValue()).resolves.toBe('赵检查');
    await page.getByTestId('warnings-status').selectOption('idle');
    await expect.poll(() => page.locator('[data-testid="warning-row"][data-status="idle"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="warning-row"]:not([data-status="idle"])').count()).toBe(0);
    plotId = (await page.getByTestId('warning-row').first().getAttribute('data-plot-id')) ?? '';
    expect(plotId).not.toBe('');
    await expect(page.getByTestId('agenda-item').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'inspector-01-warnings');
  });

  it('opens the idle plot and refuses an inconsistent inspection, naming every problem', async () => {
    await page.locator(`[data-testid="warning-row"][data-plot-id="${plotId}"]`).click();
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plotId);
    await page.getByTestId('ins-open').click();
    await page.getByTestId('inspection-form').waitFor();
    await expect(page.getByTestId('ins-suspected').textContent()).resolves.toContain('闲置');
    await expect(page.getByTestId('ins-inspector').inputValue()).resolves.toBe('赵检查');
    await page.getByTestId('ins-started').check();
    await page.getByTestId('ins-save').click();
    const problems = page.getByTestId('ins-problems');
    await problems.waitFor();
    for (const text of ['动工日期', '第三十条', '未动工']) await expect(problems.textContent()).resolves.toContain(text);
    await page.getByTestId('inspection-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-02-validation');
    await page.getByTestId('ins-started').uncheck();
    await expect.poll(() => page.getByTestId('ins-problems').count()).toBe(0);
  });

  it('records the inspection with a photo carrying EXIF GPS: stored with its hash, position inside the plot', async () => {
    const detail = await callApi<{ geometry: { type: string; coordinates: number[][][] | number[][][][] } }>(server, 'plots.get', { asOf: await page.getByTestId('as-of').inputValue(), id: plotId });
    const ring = (detail.geometry.type === 'Polygon' ? detail.geometry.coordinates[0] : (detail.geometry.coordinates as number[][][][])[0]?.[0]) as number[][];
    const pts = ring.slice(0, -1);
    const centre = [pts.reduce((s, p) => s + (p[0] ?? 0), 0) / pts.length, pts.reduce((s, p) => s + (p[1] ?? 0), 0) / pts.length] as [number, number];
    const jpeg = makeJpeg(tmp.dir, 'site', { lon: centre[0], lat: centre[1], takenAt: '2026-11-20T10:15:00' });
    photoSha = createHash('sha256').update(jpeg).digest('hex');
    writeFileSync(tmp.file('现场照片.jpg'), jpeg);

    await page.getByTestId('ins-notes').fill('场地围挡，未见施工迹象');
    await page.getByTestId('ins-minimap').click();
    await expect.poll(() => page.getByTestId('ins-lon').inputValue()).not.toBe('');
    await page.getByTestId('ins-accuracyM').fill('8');
    await page.getByTestId('ins-photos').setInputFiles(tmp.file('现场照片.jpg'));
    await expect.poll(() => page.getByTestId('ins-photo-list').textContent()).toContain('现场照片.jpg');
    await page.getByTestId('inspection-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-03-form');
    await page.getByTestId('ins-save').click();
    await page.getByTestId('ins-result').waitFor();
    await expect(page.getByTestId('ins-result').textContent()).resolves.toContain('闲置');
    await expect.poll(() => page.getByTestId('ins-photo').getAttribute('data-sha256')).toBe(photoSha);
    await expect.poll(() => page.getByTestId('ins-photo').locator('img').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    await expect(page.getByTestId('ins-photo').textContent()).resolves.toContain('2026-11-20 10:15:00');
    await expect(page.getByTestId('ins-warning').count()).resolves.toBe(0);
    await expect.poll(() => page.locator('[data-testid="history-row"][data-table="inspection_photos"]').count()).toBe(1);
    await page.getByTestId('inspection-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-04-saved');
  });

  it('opens a disposal case and moves it two legal steps', async () => {
    await page.getByTestId('case-open').click();
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('疑似闲置');
    await page.getByTestId('case-next').selectOption('investigation-notice');
    await page.getByTestId('case-docno').fill('濮自然资调〔2026〕88号');
    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('发出调查通知书');
    await page.getByTestId('case-next').selectOption('cause-determined');
    await page.getByTestId('case-cause').selectOption('enterprise');
    await page.getByTestId('case-note').fill('企业资金链紧张');
    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('认定闲置原因');
    await expect(page.getByTestId('case-step').count()).resolves.toBe(3);
    await expect(page.locator('[data-testid="case-deadline"][data-overdue="false"]').count()).resolves.toBe(1);
    await expect.poll(() => page.locator('[data-testid="history-row"][data-table="cases"]').count()).toBe(3);
    await page.getByTestId('case-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-05-case');
  });

  it('shows the case in the warning list, the cases view, and the unsupplied-land view works', async () => {
    await page.getByTestId('view-warnings').click();
    const row = page.locator(`[data-testid="warning-row"][data-plot-id="${plotId}"]`);
    await expect.poll(() => row.getByTestId('warning-case').textContent()).toBe('认定闲置原因');
    await screenshot(page, 'inspector-06-warnings-updated');
    await page.getByTestId('view-cases').click();
    await expect.poll(() => page.getByTestId('case-item').count()).toBe(1);
    await expect(page.getByTestId('case-detail').textContent()).resolves.toContain('濮自然资调〔2026〕88号');
    await screenshot(page, 'inspector-07-cases');
    await page.getByTestId('view-batches').click();
    await expect.poll(() => page.getByTestId('batch-row').count()).toBeGreaterThan(0);
    await expect.poll(async () => Number(await page.getByTestId('batch-map').getAttribute('data-batch-count'))).toBeGreaterThan(0);
    // The map's legend names the age buckets as the summary's headings do (both from the settings in force).
    const headings = await page.locator('[data-testid=batch-zone-summary] th').allInnerTexts();
    await expect.poll(() => page.locator('[data-testid=batch-map-legend] li').allInnerTexts()).toEqual(headings.slice(-3));
    await page.getByTestId('batch-row').first().click();
    await page.getByTestId('batch-plots').waitFor();
    await screenshot(page, 'inspector-08-batches');
  });

  it('logged no console errors and no uncaught exceptions', () => {
    expect(errors).toEqual([]);
  });
});
