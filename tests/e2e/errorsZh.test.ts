import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const CJK = /[\u4e00-\u9fff]/u;

/** A refusal the clerk meets in the Chinese UI is said in Chinese (and in English after switching); 批而未供 zone names follow the language. */
describe('errors in the UI language (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let plotId = '';

  appSuite({ open: 'blank' }, (s) => ({ server, page, errors } = s));

  it('a stale government-cause edit is refused beside the form in Chinese, then in English', async () => {
    await page.goto(server.url);
    await page.getByTestId('view-warnings').click();
    await page.getByTestId('warnings-view').waitFor();
    await page.getByTestId('warnings-status').selectOption('idle');
    await expect.poll(() => page.locator('[data-testid="warning-row"][data-status="idle"]').count()).toBeGreaterThan(0);
    plotId = (await page.getByTestId('warning-row').first().getAttribute('data-plot-id')) ?? '';
    expect(plotId).not.toBe('');
    await page.locator(`[data-testid="warning-row"][data-plot-id="${plotId}"]`).click();
    await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plotId);
    await page.getByTestId('gov-ground').waitFor({ state: 'attached' });

    // Someone else records a government cause on the same contract after this page read it.
    const asOf = await page.getByTestId('as-of').inputValue();
    const form = await callApi<{ contractVersion: number }>(server, 'inspections.form', { plotId, asOf });
    const { plot } = await callApi<{ plot: { parcelNo: string } }>(server, 'plots.get', { asOf, id: plotId });
    await callApi(server, 'plots.governmentCause.set', { plotId, contractVersion: form.contractVersion, governmentCause: true, ground: 'plan-revision', reason: '控规调整' });

    const editor = page.locator('details.gov-options');
    if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
    await page.getByTestId('gov-ground').selectOption('national-policy');
    await editor.getByRole('button').click();
    const shown = editor.locator('.form-error');
    await shown.waitFor();
    const zh = (await shown.textContent()) ?? '';
    expect(zh).toBe(`宗地 ${plot.parcelNo}（${plotId}）：供地合同在读取后已被他人修改，请刷新后重试`);
    await editor.scrollIntoViewIfNeeded();
    await screenshot(page, 'errors-01-conflict-zh');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => shown.textContent()).toBe(`plot ${plotId}: the contract changed since it was read; reload`);
    await screenshot(page, 'errors-02-conflict-en');
  });

  it('the 批而未供 view names zones in English in the English UI', async () => {
    await page.getByTestId('view-batches').click();
    const summary = page.getByTestId('batch-zone-summary');
    await summary.waitFor();
    const zoneCells = await summary.locator('tbody tr td:first-child').allTextContents();
    expect(zoneCells.length).toBeGreaterThan(0);
    for (const name of zoneCells) expect(name).not.toMatch(CJK);
    const options = await page.getByTestId('batches-zone').locator('option').allTextContents();
    for (const name of options) expect(name).not.toMatch(CJK);
    await screenshot(page, 'errors-03-batches-en');
    await page.getByTestId('lang-zh').click();
    await expect.poll(async () => (await summary.locator('tbody tr td:first-child').first().textContent()) ?? '').toMatch(CJK);
    expect(errors.filter((e) => !e.includes('409') && !e.includes('Failed to load resource'))).toEqual([]);
  });
});
