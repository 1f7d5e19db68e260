import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRendererBuilt, rendererDir } from '../rendererBuild';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds the renderer when its sources (or shared/) changed after the last build, e.g. after a git pull. */
export function ensureRendererFresh(appRoot: string, log: (line: string) => void): string {
  const index = join(rendererDir(appRoot), 'index.html');
  if (existsSync(index)) {
    const sources = Math.max(newestMtime(join(appRoot, 'renderer')), newestMtime(join(appRoot, 'shared')));
    if (sources > statSync(index).mtimeMs) rmSync(rendererDir(appRoot), { recursive: true, force: true });
  }
  return ensureRendererBuilt(appRoot, log);
}
