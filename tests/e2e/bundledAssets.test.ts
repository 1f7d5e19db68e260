import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfFonts, pdfText } from '../integration/pdfTools';
import { tempDir } from '../integration/tempDb';
import type { AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const FAMILY = 'Noto Sans SC';
/** Han, CJK symbols and punctuation, full-width forms: what must never depend on the PC's fonts. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

interface FaceState {
  faces: number;
  loaded: number;
  weights: string[];
}

/** The bundled family's @font-face rules: how many, how many Chromium has fetched (unicode-range slices on demand). */
function faceState(page: Page): Promise<FaceState> {
  return page.evaluate((family) => {
    const faces: FontFace[] = [];
    document.fonts.forEach((f) => {
      if (f.family.replace(/["']/g, '') === family) faces.push(f);
    });
    const loaded = faces.filter((f) => f.status === 'loaded');
    return { faces: faces.length, loaded: loaded.length, weights: [...new Set(loaded.map((f) => f.weight))].sort() };
  }, FAMILY);
}

interface Coverage {
  /** `weight:char` of visible text set in the bundled family whose slice is not loaded. */
  unloaded: string[];
  /** Characters no bundled slice has (fontsource's Noto Sans SC has no Greek, e.g. Σ): Chromium falls back to a system font. */
  absent: string[];
}

/**
 * The visible text set in the bundled family, character by character: at least one face covering the character (in
 * the weight it is set in) must be loaded. FontFaceSet.check is stricter than Chromium: slices overlap (U+2212 is in
 * the latin slice and in slice 90) and Chromium loads only the one declared last. `marginText` is regular-weight text
 * drawn only in CSS page-margin boxes (the print footer), which does not make Chromium fetch slices by itself.
 */
function coverage(page: Page, marginText = ''): Promise<Coverage> {
  return page.evaluate(([family, margin]) => {
    const ranges = (r: string) =>
      r.split(',').map((part) => {
        const [from = '0', to] = part.trim().slice(2).split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
      });
    const faces: { weight: string; loaded: boolean; ranges: (readonly [number, number])[] }[] = [];
    document.fonts.forEach((f) => {
      if (f.family.replace(/["']/g, '') === family) faces.push({ weight: f.weight, loaded: f.status === 'loaded', ranges: ranges(f.unicodeRange) });
    });
    const unloaded = new Set<string>();
    const absent = new Set<string>();
    const check = (text: string, weight: string) => {
      for (const c of text) {
        const cp = c.codePointAt(0) ?? 0;
        const covering = faces.filter((f) => f.weight === weight && f.ranges.some(([a, b]) => a <= cp && cp <= b));
        if (covering.length === 0) absent.add(c);
        else if (!covering.some((f) => f.loaded)) unloaded.add(`${weight}:${c}`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('style, script, option') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (!style.fontFamily.replace(/["']/g, '').startsWith(family)) continue;
      check(n.textContent ?? '', Number(style.fontWeight) >= 600 ? '700' : '400');
    }
    check(margin, '400');
    return { unloaded: [...unloaded], absent: [...absent] };
  }, [FAMILY, marginText] as const);
}

/**
 * The CJK font ships inside the app (dist/renderer): Chromium must load it from the app's own origin for the main UI
 * and for the print page, and the printed PDF must embed it rather than whatever CJK font the machine has. The tab
 * shows the app icon.
 */
describe('bundled font and icon (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  const fontResponses: { url: string; status: number; type: string }[] = [];
  const tmp = tempDir('land-e2e-font-');

  appSuite({ open: 'blank', cleanup: () => tmp.remove() }, (s) => {
    ({ server, page, errors } = s);
    page.on('response', (r) => {
      if (/\.woff2?$/.test(new URL(r.url()).pathname)) fontResponses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' });
    });
  });

  it('renders the main UI in the bundled face, fetched on demand from the app itself', async () => {
    await page.goto(server.url);
    await page.getByTestId('app').waitFor();
    await page.locator('.app-header__title').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const title = (await page.locator('.app-header__title').textContent()) ?? '';
    expect(title).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toMatch(/^"?Noto Sans SC"?,/);
    // Text that arrives with the data (table rows, warnings) asks for its slices after the first fonts.ready: wait for
    // those loads too, then every character on screen must be in a loaded slice of the bundled face.
    await page.getByTestId('table-count').waitFor();
    await expect
      .poll(async () => {
        await page.evaluate(() => document.fonts.ready);
        return (await coverage(page)).unloaded;
      }, { timeout: 15_000 })
      .toEqual([]);
    const { absent } = await coverage(page);
    expect(absent.filter((c) => CJK.test(c))).toEqual([]);
    const state = await faceState(page);
    // Two weights × ~100 unicode-range slices; the page's characters need only some of them.
    expect(state.faces).toBeGreaterThan(150);
    expect(state.loaded).toBeGreaterThan(0);
    expect(state.loaded).toBeLessThan(state.faces / 2);
    expect(state.weights).toEqual(['400', '700']);
    expect(fontResponses.length).toBe(state.loaded);
    for (const r of fontResponses) {
      expect(r.url.startsWith(`${server.origin}/assets/`), r.url).toBe(true);
      expect(r).toMatchObject({ status: 200, type: 'font/woff2' });
    }
    await screenshot(page, 'font-01-main');
    expect(errors).toEqual([]);
  });

  it('prints a zone report in the bundled face, page footers included: every font in the PDF is the embedded Noto Sans SC', async () => {
    // Same tab, so the session token kept in sessionStorage carries over. footer=css as the CLI and desktop print it.
    await page.goto(`${server.origin}/print.html?zone=qingfeng&asOf=2026-06-30&footer=css`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('清丰县先进制造业开发区');
    // Ready means printable: every slice the report's text needs, in the weight it is set in, is already loaded; the
    // footer's too (its label is in data-footer; "第 页 / 共 页" and the page digits come from CSS).
    const footer = `${(await page.locator('body').getAttribute('data-footer')) ?? ''}第 页 / 共 页0123456789`;
    const { unloaded, absent } = await coverage(page, footer);
    expect(unloaded).toEqual([]);
    expect(absent.filter((c) => CJK.test(c))).toEqual([]);
    // Those few non-CJK characters come from a system font; without them every glyph must be the bundled face.
    await page.evaluate((chars) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) n.textContent = [...(n.textContent ?? '')].filter((c) => !chars.includes(c)).join('');
    }, absent);
    const file = tmp.file('qingfeng.pdf');
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfText(file)).toContain('清丰县先进制造业开发区');
    expect(pdfText(file, 1, 1)).toMatch(/第 1 页 \/ 共 \d+ 页/);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    // Subset names look like ABCDEF+NotoSansSC…-Regular; Debian's own Noto Sans CJK would appear as NotoSansCJK… or Type 3.
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoSansSC/.test(f.name) || f.type !== 'CID TrueType' || !f.embedded || !f.toUnicode)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the app icon as the favicon of both pages', async () => {
    for (const path of ['/', '/print.html']) {
      await page.goto(path === '/' ? server.url : `${server.origin}${path}?zone=qingfeng&asOf=2026-06-30`);
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(href, path).toMatch(/^\.\/assets\/64x64-[\w-]+\.png$/);
      const res = await page.request.get(new URL(href ?? '', page.url()).href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      // PNG signature, then IHDR's width and height.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
    }
  });
});
