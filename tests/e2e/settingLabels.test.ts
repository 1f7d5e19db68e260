import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import type { BenchmarkSettings } from '../../shared/rules/benchmarkSettings';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

/**
 * The 开发区评价 and 批而未供 screens state the settings in force, in Chinese and English: a bureau's revenue threshold
 * (150 亿), Henan class shares (20/70/10), plan growth (+60 %) and age buckets (3 and 8 years) instead of the defaults.
 */
describe('labels follow the settings (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];

  appSuite({ open: 'app', timeout: 180_000 }, (s) => ({ server, page, errors } = s));

  const captions = () => page.getByTestId('benchmark-view').locator('caption').allTextContents();
  const bucketHeads = () => page.getByTestId('batch-zone-summary').locator('thead th').allTextContents();

  it('with the default settings: groups by the report’s tiers, buckets by 2 and 5 years', async () => {
    await page.getByTestId('view-bench').click();
    await page.getByTestId('ranking-provincial-small').waitFor();
    await expect.poll(captions).toEqual(['第一组：国家级及2023年第一、二层级省级开发区（营业收入200亿元以上）', '第二组：2023年第三层级省级开发区（营业收入200亿元以下）']);
    await screenshot(page, 'labels-00-bench-default-zh');
    await page.getByTestId('lang-en').click();
    await expect.poll(captions).toEqual(['Group 1: national zones and provincial zones of the 2023 tiers 1–2 (revenue > 20 bn yuan)', 'Group 2: provincial zones of the 2023 tier 3 (revenue < 20 bn yuan)']);
    await screenshot(page, 'labels-00-bench-default-en');
    await page.getByTestId('view-batches').click();
    await expect.poll(async () => (await bucketHeads()).slice(-3)).toEqual(['under 2 years', '2–5 years', '5 years or more']);
    await page.getByTestId('lang-zh').click();
    await expect.poll(async () => (await bucketHeads()).slice(-3)).toEqual(['不满2年', '2至5年', '5年以上']);
    await screenshot(page, 'labels-00-batches-default-zh');
  });

  it('a bureau changes the settings; the reloaded app states them', async () => {
    const s = await callApi<BenchmarkSettings>(server, 'benchmark.settings.get', {});
    const settings: BenchmarkSettings = {
      ...s,
      ranking: { ...s.ranking, groupBy: 'plot-output', revenueThresholdWan: 1_500_000 },
      targets: { ...s.targets, growth: { ...s.targets.growth, taxPerMu: 0.6 } },
      grading: { ...s.grading, presets: { ...s.grading.presets, henan: [{ class: 'A', share: 0.2 }, { class: 'B', share: 0.7 }, { class: 'C', share: 0.1 }] } },
    };
    await callApi(server, 'benchmark.settings.set', { settings, author: 'e2e' });
    const local = await callApi<ApiOutput<'settings.local.get'>>(server, 'settings.local.get', {});
    await callApi(server, 'settings.local.set', { expected: local, value: { ...local, ageBucketYears: [3, 8] } });
    await page.reload();
    await page.getByTestId('view-bench').waitFor();
  });

  it('开发区评价 in Chinese: groups by 150 亿, Henan 20/70/10, tax growth +60%', async () => {
    await page.getByTestId('view-bench').click();
    await page.getByTestId('ranking-provincial-small').waitFor();
    await expect.poll(captions).toEqual(['第一组：国家级及营业收入150亿元以上省级开发区', '第二组：营业收入150亿元以下省级开发区']);
    await expect.poll(() => page.getByTestId('bench-preset').locator('option').allTextContents()).toEqual(['河南（A 20% / B 70% / C 10%）', '浙江（A 20% / B 45% / C 30% / D 5%）']);
    await expect(page.getByTestId('targets').locator('xpath=..').locator('.bench-note').textContent()).resolves.toContain('亩均税收 +60%、亩均规上增加值 +35%');
    await screenshot(page, 'labels-01-bench-zh');
  });

  it('开发区评价 in English', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(captions).toEqual(['Group 1: national zones and provincial zones with revenue > 15 bn yuan', 'Group 2: provincial zones with revenue < 15 bn yuan']);
    await expect(page.getByTestId('bench-preset').locator('option').first().textContent()).resolves.toBe('Henan (A 20% / B 70% / C 10%)');
    await screenshot(page, 'labels-02-bench-en');
  });

  it('批而未供 names the buckets by 3 and 8 years, in English and Chinese, each batch in the bucket of its age', async () => {
    await page.getByTestId('view-batches').click();
    await page.getByTestId('batch-table').waitFor();
    await expect.poll(async () => (await bucketHeads()).slice(-3)).toEqual(['under 3 years', '3–8 years', '8 years or more']);
    await screenshot(page, 'labels-03-batches-en');
    await page.getByTestId('lang-zh').click();
    await expect.poll(async () => (await bucketHeads()).slice(-3)).toEqual(['不满3年', '3至8年', '8年以上']);
    const asOf = await page.getByTestId('as-of').inputValue();
    const batches = await callApi<ApiOutput<'batches.list'>>(server, 'batches.list', { asOf });
    const cells = await page.getByTestId('batch-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-batch-id'), r.lastElementChild?.textContent]));
    expect(cells.length).toBe(batches.length);
    for (const [id, text] of cells) {
      const b = batches.find((x) => x.id === id);
      expect(text, id ?? '').toBe(b === undefined ? 'missing' : b.ageYears < 3 ? '不满3年' : b.ageYears < 8 ? '3至8年' : '8年以上');
    }
    await screenshot(page, 'labels-04-batches-zh');
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
