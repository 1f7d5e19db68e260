import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../shared/domain/dates';
import type { LocalParameters } from '../../shared/rules/localParameters';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

/**
 * 参数设置: an administrator changes the unsupplied-land age buckets in the view and the 批而未供 headings follow; bad
 * input and a stale save are refused beside the form in the UI's language, with the stored value unchanged.
 */
describe('参数设置 view (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];

  appSuite({ open: 'app', timeout: 180_000 }, (s) => ({ server, page, errors } = s));

  const bucketHeads = async () => (await page.getByTestId('batch-zone-summary').locator('thead th').allTextContents()).slice(-3);
  const local = () => callApi<LocalParameters>(server, 'settings.local.get', {});
  const section = () => page.getByTestId('params-local');

  it('shows each group with its defaults and [L] source, in Chinese', async () => {
    await page.getByTestId('view-batches').click();
    await expect.poll(bucketHeads).toEqual(['不满2年', '2至5年', '5年以上']);
    await page.getByTestId('view-settings').click();
    await expect(page.getByTestId('view-settings').textContent()).resolves.toBe('参数设置');
    await expect.poll(() => page.getByTestId('params-bucket-first').inputValue()).toBe('2');
    await expect(page.getByTestId('params-bucket-second').inputValue()).resolves.toBe('5');
    await expect(page.getByTestId('params-reminder-days').inputValue()).resolves.toBe('30');
    await expect(page.getByTestId('params-area-tolerance').inputValue()).resolves.toBe('5');
    await expect(page.getByTestId('params-backup-keep').inputValue()).resolves.toBe('10');
    await expect(section().textContent()).resolves.toContain('地方惯例，法规未规定');
    await expect(section().textContent()).resolves.toContain('默认：30 天');
    await expect(page.getByTestId('params-bucket-preview').textContent()).resolves.toBe('分段：不满2年 / 2至5年 / 5年以上');
    await screenshot(page, 'settings-00-default-zh');
  });

  it('saves age buckets of 3 and 8 years; 批而未供 names its buckets by them at once', async () => {
    await page.getByTestId('params-bucket-first').fill('3');
    await page.getByTestId('params-bucket-second').fill('8');
    await expect(page.getByTestId('params-bucket-preview').textContent()).resolves.toBe('分段：不满3年 / 3至8年 / 8年以上');
    await page.getByTestId('params-local-save').click();
    await page.getByTestId('params-local-saved').waitFor();
    expect(await local()).toEqual({ reminderDays: 30, ageBucketYears: [3, 8] });
    await screenshot(page, 'settings-01-saved-zh');
    await page.getByTestId('view-batches').click();
    await expect.poll(bucketHeads).toEqual(['不满3年', '3至8年', '8年以上']);
  });

  it('refuses decreasing bounds beside the form, in Chinese then English, storing nothing', async () => {
    await page.getByTestId('view-settings').click();
    await expect.poll(() => page.getByTestId('params-bucket-first').inputValue()).toBe('3');
    await page.getByTestId('params-bucket-second').fill('2');
    await page.getByTestId('params-local-save').click();
    await expect.poll(() => page.getByTestId('params-local-error').textContent()).toBe('批而未供账龄分段：分段界限应逐段递增');
    await screenshot(page, 'settings-02-refused-zh');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('params-local-error').textContent()).toBe('Unsupplied-land age buckets: bucket bounds must increase');
    await expect(page.getByTestId('view-settings').textContent()).resolves.toBe('Settings');
    await screenshot(page, 'settings-03-refused-en');
    expect(await local()).toEqual({ reminderDays: 30, ageBucketYears: [3, 8] });
  });

  it('refuses an import box that leaves part of the city out, naming the field (English)', async () => {
    await page.getByTestId('params-minLon').fill('115.5');
    await page.getByTestId('params-import-save').click();
    await expect.poll(() => page.getByTestId('params-import-error').textContent()).toContain('Plausible coordinate box: the box must hold the whole city');
    await page.getByTestId('params-backup-keep').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-03b-import-refused-en');
    expect((await callApi<{ bounds: { minLon: number } }>(server, 'settings.import.get', {})).bounds.minLon).toBe(114.6);
    await page.getByTestId('params-import').getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.getByTestId('params-minLon').inputValue()).toBe('114.6');
    await expect(page.getByTestId('params-import-error').count()).resolves.toBe(0);
  });

  it('refuses a save over someone else’s newer one, then Discard shows what is stored', async () => {
    await page.getByTestId('params-bucket-second').fill('8');
    await callApi(server, 'settings.local.set', { expected: { reminderDays: 30, ageBucketYears: [3, 8] }, value: { reminderDays: 45, ageBucketYears: [3, 8] } });
    await page.getByTestId('params-reminder-days').fill('60');
    await page.getByTestId('params-local-save').click();
    await expect.poll(() => page.getByTestId('params-local-error').textContent()).toContain('changed since they were read');
    await page.getByTestId('lang-zh').click();
    await expect.poll(() => page.getByTestId('params-local-error').textContent()).toContain('地方惯例参数在读取后已被他人修改');
    expect((await local()).reminderDays).toBe(45);
    await section().getByRole('button', { name: '撤销修改' }).click();
    await expect.poll(() => page.getByTestId('params-reminder-days').inputValue()).toBe('45');
  });

  it('Reset to defaults fills 2 and 5 years; saved, 批而未供 is back to its default headings (English)', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('params-local-reset').click();
    await expect.poll(() => page.getByTestId('params-bucket-second').inputValue()).toBe('5');
    await expect(page.getByTestId('params-reminder-days').inputValue()).resolves.toBe('30');
    await screenshot(page, 'settings-04-reset-en');
    await page.getByTestId('params-local-save').click();
    await page.getByTestId('params-local-saved').waitFor();
    expect(await local()).toEqual({ reminderDays: 30, ageBucketYears: [2, 5] });
    await screenshot(page, 'settings-05-saved-en');
    await page.getByTestId('view-batches').click();
    await expect.poll(bucketHeads).toEqual(['under 2 years', '2–5 years', '5 years or more']);
  });

  it('a longer reminder saved in the view turns a plot due to start within a year into start-reminder in 预警', async () => {
    const { today } = await callApi<{ today: string }>(server, 'app.info', {});
    const { rows } = await callApi<{ rows: { plotId: string; status: string; keyDate: string | null }[] }>(server, 'warnings.list', { asOf: today, horizonDays: 366 });
    const plot = rows.find((r) => r.status === 'not-due' && r.keyDate !== null && r.keyDate <= addDays(today, 366));
    if (!plot?.keyDate) throw new Error('no plot due to start within a year');
    const days = daysBetween(today, plot.keyDate);
    const row = page.locator(`[data-testid="warning-row"][data-plot-id="${plot.plotId}"]`);
    await page.getByTestId('view-warnings').click();
    await page.getByTestId('warnings-status').selectOption('all');
    await expect.poll(() => row.getAttribute('data-status')).toBe('not-due');
    await page.getByTestId('view-settings').click();
    await page.getByTestId('params-reminder-days').fill(String(days));
    await page.getByTestId('params-local-save').click();
    await page.getByTestId('params-local-saved').waitFor();
    await page.getByTestId('view-warnings').click();
    await page.getByTestId('warnings-status').selectOption('all');
    await expect.poll(() => row.getAttribute('data-status')).toBe('start-reminder');
  });

  it('logged nothing but the refused requests', () => {
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
