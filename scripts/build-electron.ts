import { build, type BuildOptions } from 'esbuild';

// Main and preload are bundled to CommonJS for Electron; better-sqlite3 and electron stay external (native / provided);
// esbuild is only imported from source (the import worker's dev path), never in the bundle.
const common: BuildOptions = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, external: ['electron', 'better-sqlite3', 'esbuild'] };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// Import files are parsed in a worker thread (electron/services/import/parseInWorker.ts looks for it beside main.cjs).
await build({ ...common, entryPoints: ['electron/services/import/parseWorker.ts'], outfile: 'dist/electron/importWorker.cjs' });
console.log('built dist/electron/main.cjs and preload.cjs');
