import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedGeoJson } from '../integration/generatedPlots';
import { tempDir } from '../integration/tempDb';
import { callApi } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

/** The 导入导出 view restores a backup: a confirmation says what will happen, then the app shows the backup's data. */
describe('restore in the UI (browser mode, Chromium)', () => {
  let page: Page;
  let errors: string[];
  const tmp = tempDir('land-e2e-restore-');
  const backupFile = tmp.file('puyang-backup.sqlite');
  const notSqlite = tmp.file('notes.sqlite');
  let atBackup = 0;
  const tableTotal = async () => Number((/\/\s*([\d,]+)/.exec((await page.getByTestId('table-count').textContent()) ?? '')?.[1] ?? '').replace(/,/g, ''));

  appSuite(
    {
      open: 'app',
      prepare: async (server) => {
        const backup = await callApi<{ contentBase64: string }>(server, 'backup.create', {});
        writeFileSync(backupFile, Buffer.from(backup.contentBase64, 'base64'));
        writeFileSync(notSqlite, '宗地编号,用地面积\nA,1\n');
        atBackup = (await callApi<unknown[]>(server, 'plots.list', { asOf: '2026-11-27' })).length;
        await callApi(server, 'import.run', { fileName: 'later.geojson', contentBase64: Buffer.from(generatedGeoJson('LATER', 7)).toString('base64') });
      },
      cleanup: () => tmp.remove(),
    },
    (s) => ({ page, errors } = s),
  );

  it('refuses a file that is not a database and leaves the data as they are', async () => {
    await expect.poll(tableTotal, { timeout: 30_000 }).toBe(atBackup + 7);
    await page.getByTestId('view-data').click();
    await page.getByTestId('restore-file').setInputFiles(notSqlite);
    await page.getByTestId('restore-confirm').click();
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toContain('notes.sqlite：不是 SQLite 数据库文件');
    expect(await page.getByTestId('restore-done').count()).toBe(0);
    await screenshot(page, 'restore-01-refused');
    await page.getByTestId('view-map').click();
    expect(await tableTotal()).toBe(atBackup + 7);
  });

  it('restores the backup after the confirmation; the table shows the backup’s plots again', async () => {
    await page.getByTestId('view-data').click();
    await page.getByTestId('restore-file').setInputFiles(backupFile);
    const dialog = page.getByTestId('restore-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('puyang-backup.sqlite');
    expect(text).toContain('before-restore');
    await screenshot(page, 'restore-02-confirm');
    await page.getByTestId('restore-confirm').click();
    await expect.poll(() => page.getByTestId('restore-done').textContent(), { timeout: 30_000 }).toContain(`已恢复：${atBackup} 宗宗地`);
    expect(await page.getByTestId('restore-done').textContent()).toContain('.before-restore-');
    await screenshot(page, 'restore-03-done');
    await page.getByTestId('view-map').click();
    await expect.poll(tableTotal, { timeout: 30_000 }).toBe(atBackup);
    await page.getByTestId('filter-search').fill('LATER-');
    await expect.poll(() => page.getByTestId('plot-row').count()).toBe(0);
    await screenshot(page, 'restore-04-map-after');
    expect(errors.filter((e) => !e.includes('400 (Bad Request)'))).toEqual([]);
  });

  it('says it in English with the English UI', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('view-data').click();
    await page.getByTestId('restore-file').setInputFiles(backupFile);
    const text = (await page.getByTestId('restore-dialog').textContent()) ?? '';
    expect(text).toContain('will replace the database in use');
    await screenshot(page, 'restore-05-confirm-en');
    await page.getByTestId('restore-dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('restore-dialog').count()).toBe(0);
  });
});
