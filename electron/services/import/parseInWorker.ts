import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileReadError, type SourceTable } from '../../../shared/import/table';
import type { ProgressSink, WorkerReply } from './parseMessages';

export interface ParseLimits {
  /** Wall-clock limit for the whole parse, worker start included. */
  timeoutMs: number;
  onProgress?: ProgressSink | undefined;
  signal?: AbortSignal | undefined;
  /** Test seam: another worker script (a parser that never returns). */
  workerUrl?: URL | undefined;
}

export class ParseCancelledError extends Error {}

interface WorkerEntry {
  url: URL;
  execArgv: string[] | undefined;
}

let sourceBundle: Promise<WorkerEntry> | null = null;

/**
 * From source the worker is bundled once per process with esbuild (a dev dependency, like tsx): a worker that loads
 * its TypeScript through tsx spends about 1.5 s starting, a bundled one about 0.1 s. The bundle is stored in the
 * temp folder under its content hash, so processes share it and nothing needs cleaning up.
 */
function bundledFromSource(source: URL): Promise<WorkerEntry> {
  sourceBundle ??= (async () => {
    const { build } = await import('esbuild');
    const out = await build({ entryPoints: [fileURLToPath(source)], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'silent' });
    const code = out.outputFiles[0]?.contents;
    if (!code) throw new Error('esbuild produced no worker bundle');
    const file = join(tmpdir(), `puyang-land-import-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`);
    if (!existsSync(file)) {
      writeFileSync(`${file}.${process.pid}.part`, code);
      renameSync(`${file}.${process.pid}.part`, file);
    }
    return { url: pathToFileURL(file), execArgv: [] };
  })();
  return sourceBundle;
}

/** Fallback when esbuild is missing: the TypeScript worker through tsx (inherited from the CLI's flags, or added). */
function throughTsx(url: URL): WorkerEntry {
  if (process.execArgv.some((a) => a.includes('tsx'))) return { url, execArgv: undefined };
  const loader = join(dirname(fileURLToPath(url)), '..', '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs');
  return { url, execArgv: existsSync(loader) ? ['--import', pathToFileURL(loader).href] : undefined };
}

/** Where the worker script lives: next to the Electron bundle (built by scripts/build-electron.ts), or built from source. */
async function workerEntry(): Promise<WorkerEntry> {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
    // Packaged: the worker is unpacked beside the asar (electron-builder.yml asarUnpack); a Worker cannot rely on asar paths.
    const dir = dirname(__filename).replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
    return { url: pathToFileURL(join(dir, 'importWorker.cjs')), execArgv: [] };
  }
  const source = new URL('./parseWorker.ts', import.meta.url);
  try {
    return await bundledFromSource(source);
  } catch {
    sourceBundle = null;
    return throughTsx(source);
  }
}

/**
 * Parses a file off the calling thread. A parse that overruns the limit (a damaged file sending a reader into a
 * loop, or a file far too big) is terminated and reported as a FileReadError naming the file.
 */
export async function parseInWorker(fileName: string, bytes: Uint8Array, limits: ParseLimits): Promise<SourceTable> {
  const entry = limits.workerUrl ? { url: limits.workerUrl, execArgv: [] } : await workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.url, { workerData: { fileName, bytes }, execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    let settled = false;
    const finish = (act: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      act();
    };
    const seconds = (limits.timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 3 });
    const timer = setTimeout(
      () => finish(() => reject(new FileReadError('timeout', { file: fileName, seconds }))),
      limits.timeoutMs,
    );
    const onAbort = () => finish(() => reject(new ParseCancelledError(`${fileName}: import cancelled`)));
    if (limits.signal?.aborted) return onAbort();
    limits.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'progress') limits.onProgress?.(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.table));
      else finish(() => reject(m.fileError ? new FileReadError(m.fileError.code, m.fileError.params) : new Error(`${fileName}: ${m.message}`)));
    });
    worker.on('error', (e) => finish(() => reject(e.message.includes('memory') ? new FileReadError('outOfMemory', { file: fileName }) : e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${fileName}: the parser stopped unexpectedly (exit code ${code})`))));
  });
}
