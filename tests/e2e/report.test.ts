import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { pdfPages, pdfText } from '../integration/pdfTools';
import { tempDir } from '../integration/tempDb';
import type { AppServer } from './appServer';
import { appSuite } from './appSuite';
import { ARTIFACTS, screenshot } from './browser';

/** A manager prints a zone report from the 报告 view: sign-off names, zone, print version in a new tab, PDF. */
describe('report view (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  const tmp = tempDir('land-e2e-report-');

  appSuite({ open: 'blank', cleanup: () => tmp.remove() }, (s) => ({ server, page, errors } = s));

  it('opens the 报告 view and stores the sign-off', async () => {
    await page.goto(server.url);
    await page.getByTestId('view-report').click();
    await page.getByTestId('report-view').waitFor();
    await page.getByTestId('report-preparingUnit').fill('濮阳市自然资源和规划局');
    await page.getByTestId('report-preparedBy').fill('张三');
    await page.getByTestId('report-reviewedBy').fill('李四');
    await page.getByTestId('report-approvedBy').fill('王五');
    await page.getByTestId('report-zone').selectOption('qingfeng');
    await page.getByTestId('report-as-of').fill('2026-06-30');
    await screenshot(page, 'report-01-view');
    expect(errors).toEqual([]);
  });

  it('prints the zone report from the print version the view opens', async () => {
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('report-print').click()]);
    await popup.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
    expect(popup.url()).not.toContain('token=');
    expect(popup.url()).toContain('zone=qingfeng');
    await expect(popup.getByTestId('signoff').textContent()).resolves.toContain('张三');
    await popup.setViewportSize({ width: 900, height: 1200 });
    await popup.screenshot({ path: join(ARTIFACTS, 'report-02-print-version.png') });
    // What the browser's "Save as PDF" produces: page numbers come from the page's CSS (footer=css).
    const file = tmp.file('qingfeng.pdf');
    await popup.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(file);
    expect(text).toContain('清丰县先进制造业开发区');
    expect(text).toContain('2026-06-30');
    expect(text).toContain('王五');
    expect(pdfText(file, 1, 1)).toContain(`第 1 页 / 共 ${pages} 页`);
    expect(pdfText(file, pages, pages)).toContain(`第 ${pages} 页 / 共 ${pages} 页`);
    expect(errors).toEqual([]);
  });

  it('follows the city pack in the 报告 view: zones done of eight, ready, and cancel closes the print tab', async () => {
    // Each zone's answer is held back a little, so the progress and the cancel can be seen while the pack loads.
    const slow = '**/api/report.zone';
    let calls = 0;
    await page.context().route(slow, async (route) => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 400 * (calls % 8)));
      await route.continue();
    });
    await page.getByTestId('report-zone').selectOption('all');
    const progress = page.getByTestId('report-progress');
    const [pack] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('report-print').click()]);
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/已完成 [1-7] \/ 8 个开发区/);
    await screenshot(page, 'report-06-pack-progress');
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 60_000 }).toBe('ready');
    await expect(pack.getByTestId('print-doc').locator('[data-zone]').count()).resolves.toBe(8);
    await pack.close();

    const [cancelled] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('report-print').click()]);
    await expect.poll(() => progress.getAttribute('data-phase')).toBe('loading');
    await page.getByTestId('report-cancel').click();
    await expect.poll(() => cancelled.isClosed()).toBe(true);
    await expect.poll(() => progress.getAttribute('data-phase')).toBe('cancelled');
    await page.context().unroute(slow);
    await page.getByTestId('report-zone').selectOption('qingfeng');
    expect(errors).toEqual([]);
  });

  it('exports the report tables of the chosen zone as .xlsx', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    const file = tmp.file('qingfeng.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('report-qingfeng-2026-06-30.xlsx');
    const sheets = await readXlsxFile(file);
    expect(sheets.map((s) => s.sheet)).toEqual(['主要指标', '不达标宗地', '闲置及逾期宗地', '批而未供批次']);
    const kpi = sheets[0]?.data ?? [];
    expect(String(kpi[0]?.[0])).toContain('清丰县先进制造业开发区');
    expect(String(kpi[0]?.[0])).toContain('2026-06-30');
    // One zone row; after a blank row, the notes on 近五年供地率 and 本年处置率.
    expect(kpi.slice(2, 4).map((r) => r[0])).toEqual(['清丰县先进制造业开发区', null]);
    expect(kpi[1]).toEqual(expect.arrayContaining(['近五年供地率（%）', '本年处置率（%）']));
    expect(kpi.slice(4).map((r) => String(r[0])).join('\n')).toContain('核减撤回面积无日期，未计入本年处置率');
    expect(typeof kpi[2]?.[1]).toBe('number');
    expect((sheets[1]?.data.length ?? 0) - 2).toBeGreaterThan(0);
    await expect(page.getByTestId('report-xlsx-done').textContent()).resolves.toContain('report-qingfeng-2026-06-30.xlsx');
    expect(errors).toEqual([]);
  });

  it('prints plot sheets for the plots the map table lists, one page each', async () => {
    await page.getByTestId('view-map').click();
    await page.getByTestId('filter-zone').selectOption('qingfeng');
    await page.getByTestId('filter-status').selectOption('noncompliant');
    const scroll = page.getByTestId('plot-table-scroll');
    await expect.poll(async () => Number(await scroll.getAttribute('aria-rowcount'))).toBeGreaterThan(0);
    const listed = Number(await scroll.getAttribute('aria-rowcount'));
    await page.getByTestId('view-report').click();
    await expect(page.getByTestId('plot-sheets-filtered').textContent()).resolves.toContain(`${listed} 宗`);
    await page.getByTestId('plot-sheets').scrollIntoViewIfNeeded();
    await screenshot(page, 'report-03-plot-sheets-panel');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('plot-sheets-print-filtered').click()]);
    await popup.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
    await expect(popup.getByTestId('plot-sheet').count()).resolves.toBe(listed);
    // Every sheet's content fits its page-high box (denser steps where needed), so nothing is cut off.
    await expect(popup.locator('[data-testid="plot-sheet"][data-fits="1"]').count()).resolves.toBe(listed);
    await popup.setViewportSize({ width: 900, height: 1200 });
    await popup.screenshot({ path: join(ARTIFACTS, 'report-04-plot-sheets.png') });
    const file = tmp.file('sheets.pdf');
    await popup.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    expect(pdfPages(file)).toBe(listed);
    const first = pdfText(file, 1, 1);
    expect(first).toContain('宗地核查表');
    expect(first).toContain('清丰县先进制造业开发区');
    expect(first).toContain('未达标');
    expect(first.replace(/\s+/g, '')).toContain(`第1页/共${listed}页`);
    await popup.close();
    expect(errors).toEqual([]);
  });

  it('prints one plot sheet from the plot panel', async () => {
    await page.getByTestId('view-map').click();
    await page.getByTestId('plot-row').first().click();
    const parcel = (await page.getByTestId('plot-title').textContent()) ?? '';
    expect(parcel).not.toBe('');
    await screenshot(page, 'report-05-plot-panel');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('plot-sheet-print').click()]);
    await popup.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
    await expect(popup.getByTestId('plot-sheet').count()).resolves.toBe(1);
    await expect(popup.getByTestId('plot-sheet').textContent()).resolves.toContain(parcel);
    await expect(popup.getByTestId('sheet-map').locator('path').count()).resolves.toBeGreaterThan(1);
    await popup.close();
    expect(errors).toEqual([]);
  });
});
