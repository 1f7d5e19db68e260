import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function rendererDir(appRoot: string): string {
  return join(appRoot, 'dist', 'renderer');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Built, and (in a checkout, where the sources are) not older than the renderer's sources and the shared code it bundles. */
function isCurrent(appRoot: string, index: string): boolean {
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const sources = ['renderer', 'shared'].map((d) => join(appRoot, d)).filter((d) => existsSync(d));
  return sources.every((d) => built >= newestMtime(d));
}

/**
 * Builds the renderer with Vite when it has not been built yet (a fresh clone) or its sources changed since (a pull
 * in a checkout; an old UI served over a new API would be a trap); returns the folder to serve.
 */
export function ensureRendererBuilt(appRoot: string, log: (line: string) => void): string {
  const dir = rendererDir(appRoot);
  const index = join(dir, 'index.html');
  if (isCurrent(appRoot, index)) return dir;
  log(existsSync(index) ? 'Rebuilding the user interface (its sources changed, about 10 s)…' : 'Building the user interface (first run, about 10 s)…');
  const vite = join(appRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(appRoot, 'renderer', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: appRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(index)) throw new Error('building the renderer failed (npm run build:renderer)');
  return dir;
}
