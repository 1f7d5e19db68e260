import { chromium, type Page } from 'playwright-core';
import { performance } from 'node:perf_hooks';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import type { Dataset } from '../../shared/schemas/seed';
import { dispatch } from '../../electron/api/dispatch';
import { openLandDatabase } from '../../electron/db/open';
import { ensureRendererBuilt } from '../../electron/rendererBuild';
import { startBrowserServer, type BrowserServer } from '../../electron/server/httpServer';
import { line, percentile, type Emit } from './measure';
import { runTableScrollBench } from './tableScroll';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Server side of a cold start on a fresh connection (nothing cached): the map's one columnar call vs the two JSON lists it replaced. */
function emitMapDataServing(file: string, ds: Dataset, emit: Emit): void {
  const timeCalls = (calls: [string, unknown][]): number => {
    const { db } = openLandDatabase(file, { loadDataset: () => ds, ruleSets: [CLIENT_REPORT_RULE_SET], now: () => new Date() });
    const deps = { db, now: () => new Date(`${ds.meta.referenceDate}T08:00:00Z`), databasePath: file, version: 'bench', transport: 'http' as const };
    const t0 = performance.now();
    for (const [method, input] of calls) JSON.stringify(dispatch(deps, method, input));
    const ms = performance.now() - t0;
    db.close();
    return ms;
  };
  const asOf = ds.meta.referenceDate;
  const lists = timeCalls([['plots.list', { asOf }], ['plots.shapes', {}]]);
  const columns = timeCalls([['plots.columns', { asOf }]]);
  emit(line(`plots.columns uncached, answer serialised (${ds.plots.length} plots)`, columns, 'ms', 'plots.list + plots.shapes, serialised', lists));
}

async function serve(file: string, ds: Dataset, staticDir: string): Promise<BrowserServer & { closeAll(): Promise<void> }> {
  const { db } = openLandDatabase(file, { loadDataset: () => ds, ruleSets: [CLIENT_REPORT_RULE_SET], now: () => new Date() });
  const server = await startBrowserServer({ deps: { db, now: () => new Date(`${ds.meta.referenceDate}T08:00:00Z`), databasePath: file, version: 'bench' }, staticDir });
  return {
    ...server,
    closeAll: async () => {
      await server.close();
      db.close();
    },
  };
}

// Page scripts are strings: tsx's helpers (e.g. __name) do not exist in the page.
const START_FRAMES = `(() => {
  window.__frames = []; window.__rec = true; window.__last = performance.now();
  function tick(t) { window.__frames.push(t - window.__last); window.__last = t; if (window.__rec) requestAnimationFrame(tick); }
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__rec = false; return window.__frames.slice(1); })()`;
const DOM_NODES = `document.querySelectorAll('*').length`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

async function stopFrames(page: Page): Promise<number[]> {
  return (await page.evaluate(STOP_FRAMES)) as number[];
}

/** Drags the map around and wheels in and out, as a user working a zone would. */
async function panAndZoom(page: Page): Promise<number[]> {
  const box = await page.locator('[data-testid=map]').boundingBox();
  if (!box) throw new Error('no map');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await startFrames(page);
  for (const [dx, dy] of [[300, 0], [0, 200], [-300, 0], [0, -200]] as const) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 20 });
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  for (const delta of [-300, 300]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(400);
  }
  return stopFrames(page);
}

/** From navigation to a map that has its plots: drawn at working zoom, or the zone overview when zoomed out. */
async function openApp(page: Page, url: string, expectPlots = true): Promise<number> {
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    `(() => { const m = document.querySelector('[data-testid=map]');
      return m?.getAttribute('data-plots-loaded') === 'true' && (!${expectPlots} || Number(m.getAttribute('data-plot-count')) > 0 || m.getAttribute('data-overview') === 'true'); })()`,
    null,
    { timeout: 120_000 },
  );
  return performance.now() - t0;
}

// Leaves the map workspace for another view and comes back: the table mounts again (its first row, or its empty
// note when there are no plots). Answers the whole switch back (map, zone list and table) and the table's own
// user-timing measure (its first render to the frame after it committed). Gives up after 30 s (null).
const tableMount = (expectRows: boolean) => `(async () => {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const home = tabs.find((b) => b.getAttribute('aria-selected') === 'true');
  const other = tabs.find((b) => b !== home);
  if (!other || !home) return null;
  other.click();
  await new Promise((r) => setTimeout(r, 500));
  const t0 = performance.now();
  home.click();
  const ready = () => ${expectRows} ? document.querySelector('[data-testid=plot-row]') : document.querySelector('[data-testid=plot-table-scroll]');
  while (!ready()) {
    if (performance.now() - t0 > 30000) return null;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => requestAnimationFrame(r));
  const view = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(r));
  const table = performance.getEntriesByName('plot-table-mount').at(-1);
  return { view, table: table && table.startTime >= t0 ? table.duration : null };
})()`;

/** Map frame times, table mount / scroll and cold start in Chromium, against the same map with no plots. */
export async function runBrowserBench(ds: Dataset, empty: Dataset, appRoot: string, tmp: (name: string) => string, emit: Emit): Promise<void> {
  const staticDir = ensureRendererBuilt(appRoot, () => {});
  const seedStart = performance.now();
  const big = await serve(tmp('big.sqlite'), ds, staticDir);
  const seedMs = performance.now() - seedStart;
  emitMapDataServing(tmp('big.sqlite'), ds, emit);
  const none = await serve(tmp('empty.sqlite'), empty, staticDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
    const emptyStart = await openApp(page, none.url, false).catch(() => NaN);
    const coldMs = await openApp(page, big.url);
    emit(line(`cold start to interactive map (${ds.plots.length} plots, browser mode)`, coldMs, 'ms', 'the same app with no plots', emptyStart, 2000));
    emit(line(`database seeding (${ds.plots.length} plots)`, seedMs, 'ms', 'cold start', coldMs));

    await page.locator('[data-testid=zone-jingkai]').click();
    await page.waitForTimeout(1500);
    const working = await panAndZoom(page);
    const emptyPage = await browser.newPage({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
    await openApp(emptyPage, none.url, false).catch(() => undefined);
    const baseline = await panAndZoom(emptyPage);
    emit(line('map at working zoom: p95 frame while panning/zooming', percentile(working, 95), 'ms', 'p95 frame of the same map empty', percentile(baseline, 95), 20));
    emit(line('map at working zoom: worst frame', Math.max(...working), 'ms', 'worst frame of the same map empty', Math.max(...baseline), 100));

    await page.locator('[data-testid=zone-all]').click();
    await page.waitForTimeout(1500);
    const overview = await panAndZoom(page);
    emit(line('city overview: worst frame', Math.max(...overview), 'ms', 'worst frame of the same map empty', Math.max(...baseline), 200));

    type Mount = { view: number; table: number | null } | null;
    const mount = (await page.evaluate(tableMount(true))) as Mount;
    await page.locator('[data-testid=zone-all]').click();
    await page.waitForTimeout(500);
    const emptyMount = (await emptyPage.evaluate(tableMount(false))) as Mount;
    emit(line(`table mount (${ds.plots.length} rows: first render to the next frame)`, mount?.table ?? NaN, 'ms', 'the same table with no plots', emptyMount?.table ?? NaN, 100));
    emit(line(`view switched back to the map workspace (map, zones and table, ${ds.plots.length} plots)`, mount?.view ?? NaN, 'ms', 'the same view with no plots', emptyMount?.view ?? NaN));
    // Scrolling once the view has settled (the map redraws its overview after the switch back).
    await page.waitForTimeout(1500);
    emit(line('table: DOM nodes in the whole page with all plots listed', (await page.evaluate(DOM_NODES)) as number, 'nodes', 'limit', 1000));
    await runTableScrollBench(page, emit);
  } finally {
    await browser.close();
    await big.closeAll();
    await none.closeAll();
  }
}
