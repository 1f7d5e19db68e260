import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type AppServer } from './appServer';
import { openApp, openPage } from './browser';

/** What an e2e suite shares across its tests: one server on a fresh database, one browser with one page. */
export interface AppSuite {
  server: AppServer;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions of the page, for the tests to assert on. */
  errors: string[];
}

export interface AppSuiteOptions {
  /** `app`: the page on the app's address once its plot table has drawn (openApp); `blank`: a blank page the tests lead themselves (openPage). */
  open: 'app' | 'blank';
  /** Runs once the server is up, before the browser opens: what the page must find at its first load. */
  prepare?: (server: AppServer) => unknown;
  /** Time limit of the setup in ms; without it the project's hookTimeout. */
  timeout?: number;
  /** Runs after the browser has closed and the server stopped: the suite's own temp folders. */
  cleanup?: () => unknown;
}

/**
 * Inside a describe: starts the app server and a browser before the suite's tests and closes both after them.
 * `ready` gets the suite once the page is open, to take the parts it uses into the describe's own variables (so test
 * bodies read `page`, `server` as before) and to add its listeners or routes before any test runs.
 */
export function appSuite(options: AppSuiteOptions, ready: (suite: AppSuite) => unknown): void {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    await options.prepare?.(server);
    const opened = options.open === 'app' ? await openApp(server.url) : await openPage();
    browser = opened.browser;
    await ready({ server, ...opened });
  }, options.timeout);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await options.cleanup?.();
  });
}
