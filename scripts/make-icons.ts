import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders build/icon.svg to the PNGs electron-builder takes (run `npx tsx scripts/make-icons.ts` after editing the SVG,
 * then commit the PNGs: they are build inputs). build/icon.png (1024 px) is what win.icon names: electron-builder
 * derives the .ico from it. build/icons/<n>x<n>.png is the Linux icon set (deb and AppImage). Debian's Chromium draws
 * them, transparent outside the rounded square.
 */
const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(join(root, 'build', 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), png);
    if (size === 1024) writeFileSync(join(root, 'build', 'icon.png'), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`build/icon.png and build/icons/{${ICON_SIZES.join(',')}} from build/icon.svg`);
