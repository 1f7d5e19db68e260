import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const APP_ROOT = resolve(__dirname, '..', '..');
/** The import test files (made by GDAL and openpyxl) and their expected.json. */
export const IMPORT_FIXTURES = join(APP_ROOT, 'tests', 'fixtures', 'import');
export const importFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** tsx as an --import hook by absolute URL (the child's cwd varies), as `npm run cli` loads it. */
export const TSX_IMPORT = ['--import', pathToFileURL(join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href];

/** Runs the real CLI in a child process, as `npm run -s cli -- …` does (tsx on the pinned Node, one process). */
export function runCli(args: string[], cwd = APP_ROOT, timeoutMs = 60_000): CliResult {
  const r = spawnSync(process.execPath, [...TSX_IMPORT, join(APP_ROOT, 'electron', 'cli', 'main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runJson<T>(args: string[], cwd?: string): T {
  const r = runCli([...args, '--json'], cwd);
  if (r.code !== 0) throw new Error(`cli ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
