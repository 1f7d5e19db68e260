import { existsSync } from 'node:fs';
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

/**
 * Where the worker script lives: next to the Electron bundle (built by scripts/build-electron.ts) or, from source,
 * beside this file, loaded through tsx (inherited from the CLI's node flags, or added for test runners that lack it).
 */
function workerEntry(): { url: URL; execArgv: string[] | undefined } {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
    return { url: pathToFileURL(join(dirname(__filename), 'importWorker.cjs')), execArgv: undefined };
  }
  const url = new URL('./parseWorker.ts', import.meta.url);
  if (process.execArgv.some((a) => a.includes('tsx'))) return { url, execArgv: undefined };
  const loader = join(dirname(fileURLToPath(url)), '..', '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs');
  return { url, execArgv: existsSync(loader) ? ['--import', pathToFileURL(loader).href] : undefined };
}

/**
 * Parses a file off the calling thread. A parse that overruns the limit (a damaged file sending a reader into a
 * loop, or a file far too big) is terminated and reported as a FileReadError naming the file.
 */
export function parseInWorker(fileName: string, bytes: Uint8Array, limits: ParseLimits): Promise<SourceTable> {
  const entry = limits.workerUrl ? { url: limits.workerUrl, execArgv: undefined } : workerEntry();
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
      () => finish(() => reject(new FileReadError(`${fileName}: reading the file took longer than ${seconds} s and was stopped (damaged, or too large for the time limit import.parameters.parseTimeoutSeconds)`))),
      limits.timeoutMs,
    );
    const onAbort = () => finish(() => reject(new ParseCancelledError(`${fileName}: import cancelled`)));
    if (limits.signal?.aborted) return onAbort();
    limits.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'progress') limits.onProgress?.(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.table));
      else finish(() => reject(m.fileError ? new FileReadError(m.message) : new Error(`${fileName}: ${m.message}`)));
    });
    worker.on('error', (e) => finish(() => reject(e.message.includes('memory') ? new FileReadError(`${fileName}: reading the file ran out of memory (damaged or too large)`) : e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${fileName}: the parser stopped unexpectedly (exit code ${code})`))));
  });
}
