import { BrowserWindow } from 'electron';
import { APP_ORIGIN, createSecureWindow, lockDownContents } from './security';
import { writeFileAtomic } from './writeFileAtomic';

export interface DesktopPrintJob {
  /** Query of the print route: zone (or `all`), asOf, lang. */
  query: URLSearchParams;
  out: string;
  preload: string;
  timeoutMs?: number;
}

async function waitForReady(win: BrowserWindow, timeoutMs: number): Promise<{ ready: string; error: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await win.webContents.executeJavaScript(
      '({ ready: document.body.dataset.ready ?? "", error: document.body.dataset.error ?? "" })',
    )) as { ready: string; error: string };
    if (state.ready !== '' || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The desktop counterpart of the CLI's Chromium printer: the same print route, in a hidden window, to a PDF file. */
export async function printToPdf(job: DesktopPrintJob): Promise<void> {
  const win = createSecureWindow(BrowserWindow, { show: false }, job.preload);
  lockDownContents(win.webContents);
  try {
    // footer=css: page numbers in CSS margin boxes, set in the bundled font (Chromium's footer template gets no web fonts).
    const query = new URLSearchParams(job.query);
    query.set('footer', 'css');
    await win.loadURL(`${APP_ORIGIN}/print.html?${query.toString()}`);
    const state = await waitForReady(win, job.timeoutMs ?? 120_000);
    if (state.ready !== '1') throw new Error(`the report page failed: ${state.error || 'timed out'}`);
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    await writeFileAtomic(job.out, pdf);
  } finally {
    win.destroy();
  }
}
