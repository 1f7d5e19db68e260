import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));


/** The renderer builds to dist/renderer with relative paths, so Electron (file/app protocol) and browser mode both load it offline. */
export default defineConfig(({ command }) => {
  // Without this `vite build` bundles React's development build whenever NODE_ENV is unset or `test` (vitest starts
  // builds for e2e): jsxDEV, and StrictMode running every effect and data request twice. Builds are for shipping.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});

/** fontsource names a .woff fallback after each .woff2; Chromium reads woff2, so the build leaves the woff copies out (~4.6 MB a weight). */
const woff2Only: Plugin = {
  name: 'fontsource-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/][^\\/]+[\\/]\d+\.css$/.test(id)) return null;
    return code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, '');
  },
};

const config = {
  root,
  base: './',
  plugins: [react(), woff2Only],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    // The print layouts are a second page (print.html) so they load without the map workspace.
    rollupOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), print: fileURLToPath(new URL('print.html', import.meta.url)) } },
  },
};
