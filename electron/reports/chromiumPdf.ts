import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../shared/domain/enums';

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
  /** Called as the page counts zones done (`body[data-progress]`, "done/total"). */
  onProgress?: (done: number, total: number) => void;
}

/** Waits for `body[data-ready]`, passing on each new `data-progress` count. */
async function waitForReady(page: Page, job: PrintJob): Promise<void> {
  const deadline = Date.now() + (job.timeoutMs ?? 120_000);
  let last = '';
  for (;;) {
    const { ready, progress } = await page.evaluate(() => ({ ready: document.body.dataset.ready, progress: document.body.dataset.progress ?? '' }));
    if (progress !== last && job.onProgress) {
      const [done = 0, total = 0] = progress.split('/').map(Number);
      job.onProgress(done, total);
    }
    last = progress;
    if (ready !== undefined) return;
    if (Date.now() > deadline) throw new Error('the report page did not get ready in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Opens the print route, waits for `body[data-ready]`, prints A4; the page draws its own footer in CSS margin boxes
 * (the URL asks for footer=css). Writes to a temporary file beside `out` and renames it, so a failed or cancelled
 * print never leaves half a PDF.
 */
export async function printRouteToPdf(browser: Browser, job: PrintJob): Promise<void> {
  const context = await browser.newContext({ locale: job.lang === 'zh' ? 'zh-CN' : 'en-US' });
  const tmp = `${job.out}.part`;
  try {
    const page = await context.newPage();
    await page.goto(job.url);
    await waitForReady(page, job);
    const state = await page.evaluate(() => ({ ready: document.body.dataset.ready, error: document.body.dataset.error }));
    if (state.ready !== '1') throw new Error(`the report page failed: ${state.error ?? 'unknown error'}`);
    await page.pdf({
      path: tmp,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
    });
    renameSync(tmp, job.out);
  } finally {
    rmSync(tmp, { force: true });
    await context.close();
  }
}
