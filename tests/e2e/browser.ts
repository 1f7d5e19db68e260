import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './appServer';

export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser with one page at 1600×1000 that records console errors and uncaught exceptions for the test to assert on. */
export async function openPage(): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { browser, page, errors };
}

/** A browser with one page on the app at `url`, once its plot table has drawn its count. */
export async function openApp(url: string): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const { browser, page, errors } = await openPage();
  await page.goto(url);
  await page.getByTestId('table-count').waitFor();
  return { browser, page, errors };
}

/** Clicks the middle of the map, where the map was centred. */
export async function clickMapCentre(page: Page): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
