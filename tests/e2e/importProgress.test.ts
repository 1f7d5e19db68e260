import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedGeoJson } from '../integration/generatedPlots';
import { tempDir } from '../integration/tempDb';
import { ROOT } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

/** A big file in the import wizard: a progress bar with its phase while it is read and checked, Cancel, then the import. */
describe('import progress and cancel (browser mode, Chromium)', () => {
  let page: Page;
  let errors: string[];
  const tmp = tempDir('land-e2e-import-');
  const big = tmp.file('big.geojson');
  const small = tmp.file('small.geojson');

  // Registered before appSuite's own beforeAll, so the files are written before the server starts, as they were.
  beforeAll(() => {
    writeFileSync(big, generatedGeoJson('BIG', 60_000));
    writeFileSync(small, generatedGeoJson('UI', 20_000));
  });
  appSuite({ open: 'app', cleanup: () => tmp.remove() }, async (s) => {
    ({ page, errors } = s);
    await page.getByTestId('view-data').click();
  });

  it('cancels the preview of a big file while it is checked: nothing written, said so', async () => {
    await page.getByTestId('import-file').setInputFiles(big);
    const progress = page.getByTestId('import-progress');
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 30_000, interval: 20 }).toBe('validating');
    expect(await progress.textContent()).toMatch(/正在校验记录…\s*[\d,]+ \/ 60,000/);
    await screenshot(page, 'import-progress-01-validating');
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-cancelled').textContent()).toContain('已取消：未写入任何数据');
    expect(await progress.count()).toBe(0);
    await screenshot(page, 'import-progress-02-cancelled');
  });

  it('previews then imports 20,000 plots with the progress shown, and finishes', async () => {
    await page.getByTestId('import-file').setInputFiles(small);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 60_000 }).toContain('将新增 20000 宗');
    await page.getByTestId('import-run').click();
    const phases = new Set<string>();
    for (let i = 0; i < 600 && (await page.getByTestId('import-counts').textContent())?.includes('已导入') !== true; i++) {
      const phase = await progress.getAttribute('data-phase', { timeout: 100 }).catch(() => null);
      if (phase) phases.add(phase);
      if (phase === 'writing' && !phases.has('shot')) {
        phases.add('shot');
        await screenshot(page, 'import-progress-03-writing');
      }
      await page.waitForTimeout(20);
    }
    expect(await page.getByTestId('import-counts').textContent()).toContain('已导入：新增 20000 宗');
    expect(phases.size).toBeGreaterThan(0);
    expect(await progress.count()).toBe(0);
    await screenshot(page, 'import-progress-04-done');
    await page.getByTestId('view-map').click();
    await page.getByTestId('filter-search').fill('UI-19999');
    await expect.poll(() => page.getByTestId('plot-row').count(), { timeout: 30_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  it('says why a damaged file cannot be read, in Chinese and in English', async () => {
    await page.getByTestId('view-data').click();
    const cut = join(ROOT, 'tests', 'fixtures', 'import', 'damaged_truncated.zip');
    await page.getByTestId('import-file').setInputFiles(cut);
    await expect.poll(() => page.getByTestId('import-file-error').textContent(), { timeout: 30_000 }).toContain('damaged_truncated.zip：压缩包损坏或不完整');
    await screenshot(page, 'import-progress-05-file-error-zh');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('import-file-error').textContent()).toContain('damaged_truncated.zip: zip: damaged or incomplete archive');
    await screenshot(page, 'import-progress-06-file-error-en');
    await page.getByRole('button', { name: '中文' }).click();
  });
});
