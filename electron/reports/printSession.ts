import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { TOKEN_QUERY } from '../../shared/api/transport';
import type { Lang } from '../../shared/domain/enums';
import type { HandlerDeps } from '../api/handlers';
import { ensureRendererBuilt } from '../rendererBuild';
import { startBrowserServer } from '../server/httpServer';
import { launchChromium, printRouteToPdf } from './chromiumPdf';

export interface PrintSession {
  /** Prints the print route with this query (zone / plots, asOf) to `out`. */
  print(query: Record<string, string>, out: string, onProgress?: (done: number, total: number) => void): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app served in-process on a temporary loopback port plus one headless Chromium, for as many PDFs as a command
 * needs (the split pack prints eight): started once, closed once.
 */
export async function openPrintSession(opts: { appRoot: string; deps: Omit<HandlerDeps, 'transport'>; lang: Lang; log: (line: string) => void }): Promise<PrintSession> {
  const staticDir = ensureRendererBuilt(opts.appRoot, opts.log);
  if (!existsSync(join(staticDir, 'print.html'))) throw new Error('the renderer build has no print.html: run npm run build:renderer');
  const server = await startBrowserServer({ deps: opts.deps, staticDir });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    print: (query, out, onProgress) => {
      // footer=css: page numbers in CSS margin boxes, set in the bundled font (Chromium's footer template gets no web fonts).
      const q = new URLSearchParams({ ...query, lang: opts.lang, footer: 'css', [TOKEN_QUERY]: server.token });
      return printRouteToPdf(browser, { url: `http://127.0.0.1:${server.port}/print.html?${q.toString()}`, out, lang: opts.lang, ...(onProgress ? { onProgress } : {}) });
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
