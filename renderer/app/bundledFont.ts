/*
 * The app's CJK font travels with it (Noto Sans SC, SIL OFL 1.1, from @fontsource/noto-sans-sc): Windows, UOS and
 * Kylin PCs need not have a Chinese font installed, and printed PDFs embed the same face. Regular and bold only:
 * the CSS's 600 resolves to 700. Each weight is ~100 woff2 slices with unicode-range, so Chromium fetches only the
 * slices the page's characters need. The build keeps woff2 only (renderer/vite.config.ts).
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
