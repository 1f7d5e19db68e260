import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { GradingReport, RankingReport } from '../../shared/api/benchmarkViews';
import type { PlotRow } from '../../shared/api/views';
import { type AppServer, callApi } from './appServer';
import { appSuite } from './appSuite';
import { ARTIFACTS, screenshot } from './browser';

/** 开发区评价: ranking in two groups, trends, drill-down into a zone, grading classes, an objection note, Excel export. */
describe('zone evaluation dashboard (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let asOf = '';

  appSuite({ open: 'blank' }, (s) => ({ server, page, errors } = s));

  it('opens the dashboard and shows the eight zones ranked in two groups, as the API ranks them', async () => {
    await page.goto(server.url);
    await page.getByTestId('view-bench').click();
    await page.getByTestId('benchmark-view').waitFor();
    asOf = await page.getByTestId('as-of').inputValue();
    const ranking = await callApi<RankingReport>(server, 'benchmark.ranking', { asOf });
    for (const group of ['national-and-large', 'provincial-small']) {
      const table = page.getByTestId(`ranking-${group}`);
      const expected = ranking.zones.filter((z) => z.group === group);
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(() => table.getByTestId('ranking-row').count()).toBe(expected.length);
      expect(await table.getByTestId('ranking-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-zone')))).toEqual(expected.map((z) => z.id));
      expect(await table.locator('.rank-cell').allTextContents()).toEqual(expected.map((z) => String(z.rank)));
    }
    await expect(page.getByTestId('ranking-row').count()).resolves.toBe(8);
    // Four trend charts, one line per zone, over every year with data.
    for (const k of ['taxPerMu', 'addedValuePerMu', 'newInvestmentPerMu', 'plotRatio']) {
      await expect(page.getByTestId(`trend-${k}`).locator('[data-series]').count()).resolves.toBe(8);
    }
    await expect(page.getByTestId('trend-taxPerMu').locator('text').allTextContents()).resolves.toEqual(expect.arrayContaining(ranking.years.map(String)));
    await screenshot(page, 'bench-01-ranking');
  });

  it('drills into a zone: its enterprises with their classes and its plots', async () => {
    const ranking = await callApi<RankingReport>(server, 'benchmark.ranking', { asOf });
    const zone = ranking.zones.find((z) => z.group === 'provincial-small');
    if (!zone) throw new Error('no zone in the second group');
    await page.locator(`[data-testid="ranking-row"][data-zone="${zone.id}"]`).click();
    const drill = page.getByTestId('zone-drill');
    await drill.waitFor();
    await expect(drill.textContent()).resolves.toContain(zone.name);
    const grading = await callApi<GradingReport>(server, 'benchmark.grading', { asOf, preset: 'henan' });
    const plots = (await callApi<PlotRow[]>(server, 'plots.list', { asOf, zoneId: zone.id })).filter((p) => p.supplied);
    await expect.poll(() => drill.getByTestId('drill-enterprises').locator('tr').count()).toBe(grading.enterprises.filter((e) => e.zoneIds.includes(zone.id)).length);
    await expect.poll(() => drill.getByTestId('drill-plots').locator('tr').count()).toBe(plots.length);
    await expect(drill.getByTestId('drill-enterprises').locator('.badge').allTextContents()).resolves.toEqual(expect.arrayContaining(['A', 'B', 'C']));
    await drill.scrollIntoViewIfNeeded();
    await screenshot(page, 'bench-02-drill');
  });

  it('lists the grading classes, filters them, and switches to the Zhejiang preset', async () => {
    const grading = await callApi<GradingReport>(server, 'benchmark.grading', { asOf, preset: 'henan' });
    const rows = page.getByTestId('grading-row');
    await expect.poll(() => rows.count()).toBe(grading.enterprises.length);
    const shown = new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-class'))));
    expect(shown).toEqual(new Set(['A', 'B', 'C', 'ungraded']));
    await page.getByTestId('grading-class').selectOption('A');
    await expect.poll(() => rows.count()).toBe(grading.enterprises.filter((e) => e.class === 'A').length);
    expect(new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-class'))))).toEqual(new Set(['A']));
    await page.getByTestId('grading-class').selectOption('all');
    await page.getByTestId('bench-preset').selectOption('zhejiang');
    const zhejiang = await callApi<GradingReport>(server, 'benchmark.grading', { asOf, preset: 'zhejiang' });
    const expectedD = zhejiang.enterprises.filter((e) => e.class === 'D').length;
    await page.getByTestId('grading-class').selectOption('D');
    await expect.poll(() => rows.count()).toBe(expectedD);
    await page.getByTestId('grading-class').selectOption('all');
    await page.getByTestId('grading-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'bench-03-grading');
  });

  it('records an objection note on an enterprise and shows it in the list', async () => {
    const first = page.getByTestId('grading-row').first();
    await first.click();
    const editor = page.getByTestId('review-editor');
    await editor.waitFor();
    await page.getByTestId('review-status').selectOption('objection');
    await page.getByTestId('review-author').fill('测试员');
    await page.getByTestId('review-note').fill('企业对亩均税收提出异议，申请复核');
    await page.getByTestId('review-save').click();
    await expect.poll(() => page.getByTestId('review-meta').textContent()).toContain('第 1 版，测试员，');
    await expect(first.textContent()).resolves.toContain('已提出异议');
    await page.getByTestId('enterprise-detail').scrollIntoViewIfNeeded();
    await screenshot(page, 'bench-04-note');
  });

  it('exports the filtered grading to a real .xlsx with Chinese headers', async () => {
    await page.getByTestId('grading-class').selectOption('B');
    const count = await page.getByTestId('grading-row').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('grading-export').click()]);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'grading.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^亩均效益评价_\d{4}_zhejiang\.xlsx$/);
    const rows = await readSheet(file);
    expect(rows[1]).toEqual(expect.arrayContaining(['档次', '企业名称', '统一社会信用代码']));
    expect(rows.length).toBe(count + 2);
    expect(rows.slice(2).every((r) => r[0] === 'B')).toBe(true);
    await page.getByTestId('grading-class').selectOption('all');
  });

  it('reads in English too', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('ranking-provincial-small').locator('caption').textContent()).toContain('Group 2');
    await page.getByTestId('benchmark-view').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'bench-05-english');
    await page.getByTestId('lang-zh').click();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
