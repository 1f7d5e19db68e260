import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../shared/domain/enums';
import { PDF_HEADER_TEMPLATE, pdfFooterTemplate } from '../../shared/report/pdfFooter';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM_PATH}; reports are printed with it. Install it: apt-get install chromium fonts-noto-cjk`;

export class ChromiumMissingError extends Error {
  constructor() {
    super(MISSING_CHROMIUM);
    this.name = 'ChromiumMissingError';
  }
}

/** Headless Debian Chromium through playwright-core (never a downloaded browser). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PrintJob {
  /** The print route's full address (with its token). */
  url: string;
  out: string;
  lang: Lang;
  timeoutMs?: number;
}

/**
 * Opens the print route, waits for `body[data-ready]`, prints A4 with the page-number footer. Writes to a temporary
 * file beside `out` and renames it, so a failed or cancelled print never leaves half a PDF.
 */
export async function printRouteToPdf(browser: Browser, job: PrintJob): Promise<void> {
  const context = await browser.newContext({ locale: job.lang === 'zh' ? 'zh-CN' : 'en-US' });
  const tmp = `${job.out}.part`;
  try {
    const page = await context.newPage();
    await page.goto(job.url);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: job.timeoutMs ?? 120_000 });
    const state = await page.evaluate(() => ({ ready: document.body.dataset.ready, error: document.body.dataset.error, footer: document.body.dataset.footer }));
    if (state.ready !== '1') throw new Error(`the report page failed: ${state.error ?? 'unknown error'}`);
    await page.pdf({
      path: tmp,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: pdfFooterTemplate(state.footer ?? '', job.lang),
    });
    renameSync(tmp, job.out);
  } finally {
    rmSync(tmp, { force: true });
    await context.close();
  }
}
