import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function rendererDir(appRoot: string): string {
  return join(appRoot, 'dist', 'renderer');
}

/** Builds the renderer with Vite when it has not been built yet (a fresh clone); returns the folder to serve. */
export function ensureRendererBuilt(appRoot: string, log: (line: string) => void): string {
  const dir = rendererDir(appRoot);
  if (existsSync(join(dir, 'index.html'))) return dir;
  log('Building the user interface (first run, about 10 s)…');
  const vite = join(appRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(appRoot, 'renderer', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: appRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) throw new Error('building the renderer failed (npm run build:renderer)');
  return dir;
}
