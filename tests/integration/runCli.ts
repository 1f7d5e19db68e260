import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const APP_ROOT = resolve(__dirname, '..', '..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, as `npm run -s cli -- …` does (tsx on the pinned Node). */
export function runCli(args: string[], cwd = APP_ROOT, timeoutMs = 60_000): CliResult {
  const r = spawnSync(process.execPath, [join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(APP_ROOT, 'electron', 'cli', 'main.ts'), ...args], {
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
