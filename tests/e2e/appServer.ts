import { spawn, type ChildProcess } from 'node:child_process';
import { ensureRendererBuilt as buildRendererIfStale } from '../../electron/rendererBuild';
import { APP_ROOT } from '../integration/runCli';
import { tempDir } from '../integration/tempDb';

export const ROOT = APP_ROOT;
/** Builds the renderer when dist/renderer is missing or older than its sources (renderer/ and shared/). */
export function ensureRendererBuilt(): void {
  buildRendererIfStale(ROOT, () => undefined);
}

export interface AppServer {
  /** The printed address, with its `?token=`. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** `npm run -s cli -- serve --port 0 --db <fresh temp file>`; resolves with the printed URL. */
export async function startAppServer(): Promise<AppServer> {
  ensureRendererBuilt();
  const tmp = tempDir('land-e2e-');
  const db = tmp.file('e2e.sqlite');
  const child: ChildProcess = spawn('npm', ['run', '-s', 'cli', '--', 'serve', '--port', '0', '--db', db], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    tmp.remove();
  };

  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 120 s\n${stderr}`)), 120_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) {
        clearTimeout(timer);
        resolveUrl(line.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}\n${stderr}`));
    });
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', stop };
}

/** Posts to the app's API over HTTP with the session token, as the page does; the HTTP status and the answer as sent. */
export async function postApi<T = unknown>(
  server: AppServer,
  method: string,
  input: unknown,
): Promise<{ status: number; body: { ok: boolean; data: T; error?: { code: string; message: string; messageZh?: string } } }> {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-land-token': server.token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; data: T; error?: { code: string; message: string; messageZh?: string } } };
}

/** postApi that fails the test on ok:false and gives the data. */
export async function callApi<T>(server: AppServer, method: string, input: unknown): Promise<T> {
  const { body } = await postApi<T>(server, method, input);
  if (!body.ok) throw new Error(`${method} answered ok:false: ${body.error?.message ?? ''}`);
  return body.data;
}
