import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedGeoJson } from '../integration/generatedPlots';
import { callApi } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The plot panel's 变更记录 lists each changed field with its label, old → new, instead of raw JSON. */
describe('plot history as readable field changes (browser mode, Chromium)', () => {
  let page: Page;
  let errors: string[];

  appSuite(
    {
      open: 'app',
      prepare: async (server) => {
        const first = generatedGeoJson('HX', 1);
        await callApi(server, 'import.run', { fileName: 'first.geojson', contentBase64: base64(first) });
        const second = first.replace('崩溃测试企业0', '濮阳新材料有限公司');
        await callApi(server, 'import.run', { fileName: 'second.geojson', contentBase64: base64(second) });
      },
    },
    (s) => ({ page, errors } = s),
  );

  it('shows the import update as 土地使用权人: old → new and the creation as the fields it set', async () => {
    await page.getByTestId('filter-search').fill('HX-0');
    await expect.poll(() => page.getByTestId('plot-row').count()).toBe(1);
    await page.getByTestId('plot-row').first().click();
    const rows = page.getByTestId('history-row');
    await expect.poll(() => rows.count()).toBe(2);
    const update = (await rows.nth(0).textContent()) ?? '';
    expect(update).toContain('导入更新 宗地');
    expect(update).toContain('土地使用权人');
    expect(update).toContain('崩溃测试企业0 → 濮阳新材料有限公司');
    expect(update).not.toContain('{');
    const created = (await rows.nth(1).textContent()) ?? '';
    expect(created).toContain('导入新增 宗地');
    expect(created).toContain('宗地编号');
    expect(created).toContain('HX-0');
    expect(created).toContain('开发区');
    expect(created).toContain('用地面积（㎡）');
    expect(created).not.toContain('land_area_m2');
    await page.getByTestId('history-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-01-changes-zh');
  });

  it('says the same in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const update = (await page.getByTestId('history-row').nth(0).textContent()) ?? '';
    expect(update).toContain('Imported (update) plot');
    expect(update).toContain('Land user');
    expect((await page.getByTestId('history-row').nth(1).textContent()) ?? '').toContain('Land area (m²)');
    await page.getByTestId('history-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-02-changes-en');
    expect(errors).toEqual([]);
  });
});
