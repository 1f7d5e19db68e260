import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileReadError, type SourceTable } from '../../../shared/import/table';
import { bundleFromSource } from './workerBundle';
import { ImportCancelledError, mappingError } from './importErrors';
import type { ImportOutcome, ImportStep, PipelineOptions } from './importPipeline';
import type { ProgressSink, WorkerReply, WorkerRequest } from './parseMessages';

export interface ParseLimits {
  /** Wall-clock limit for the whole parse, worker start included. */
  timeoutMs: number;
  onProgress?: ProgressSink | undefined;
  signal?: AbortSignal | undefined;
  /** Test seam: another worker script (a parser that never returns). */
  workerUrl?: URL | undefined;
}


interface WorkerEntry {
  url: URL;
  execArgv: string[] | undefined;
}

let sourceBundle: Promise<WorkerEntry> | null = null;

/** From source: bundled once per process (see workerBundle.ts). */
function bundledFromSource(source: URL): Promise<WorkerEntry> {
  sourceBundle ??= bundleFromSource(source).then((file) => ({ url: pathToFileURL(file), execArgv: [] }));
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

/** Below this a copy costs nothing worth saving. */
const MOVE_FROM_BYTES = 8 * 1024 * 1024;

/**
 * An import takes ownership of a large file's bytes: they are moved to the worker, not copied (at 100k plots the copy
 * was 100 MB of the peak). A parse (tests, previews of small files) copies, leaving the caller's bytes usable.
 */
function movable(request: Exclude<WorkerRequest, { mode: 'write' }>): ArrayBuffer[] {
  const { bytes } = request;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return request.mode === 'import' && whole && bytes.byteLength >= MOVE_FROM_BYTES && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

interface Settle<T> {
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

/**
 * Starts the worker on one request and settles on its answer. Until the parse is done the time limit runs and a
 * cancel terminates the worker; after it, `afterParse` decides (an import rolls back on its own and answers).
 */
async function inWorker<T>(
  request: Exclude<WorkerRequest, { mode: 'write' }>,
  limits: ParseLimits,
  answer: (m: WorkerReply, settle: Settle<T>) => void,
  afterParse: { onAbort: () => void } | null,
): Promise<T> {
  const { fileName } = request;
  const entry = limits.workerUrl ? { url: limits.workerUrl, execArgv: [] } : await workerEntry();
  return new Promise<T>((resolve, reject) => {
    const data: WorkerRequest = request.mode === 'import' ? { ...request, self: { url: entry.url.href, execArgv: entry.execArgv } } : request;
    const worker = new Worker(entry.url, { workerData: data, transferList: movable(request), execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    let settled = false;
    let parsed = false;
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
    const onAbort = () => {
      if (parsed && afterParse) afterParse.onAbort();
      else finish(() => reject(new ImportCancelledError(`${fileName}: import cancelled`)));
    };
    if (limits.signal?.aborted) return onAbort();
    limits.signal?.addEventListener('abort', onAbort);
    const settle: Settle<T> = { resolve: (v) => finish(() => resolve(v)), reject: (e) => finish(() => reject(e)) };
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'progress') {
        if (m.progress.stage === 'done' && afterParse) {
          parsed = true;
          clearTimeout(timer);
        }
        limits.onProgress?.(m.progress);
      } else if (m.type === 'error') settle.reject(m.fileError ? new FileReadError(m.fileError.code, m.fileError.params) : new Error(`${fileName}: ${m.message}`));
      else if (m.type === 'cancelled') settle.reject(new ImportCancelledError(`${fileName}: import cancelled`));
      else answer(m, settle);
    });
    worker.on('error', (e) => finish(() => reject(e.message.includes('memory') ? new FileReadError('outOfMemory', { file: fileName }) : e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${fileName}: the import worker stopped unexpectedly (exit code ${code})`))));
  });
}

/**
 * Parses a file off the calling thread. A parse that overruns the limit (a damaged file sending a reader into a
 * loop, or a file far too big) is terminated and reported as a FileReadError naming the file.
 */
export function parseInWorker(fileName: string, bytes: Uint8Array, limits: ParseLimits): Promise<SourceTable> {
  return inWorker<SourceTable>({ mode: 'parse', fileName, bytes }, limits, (m, settle) => {
    if (m.type === 'done') settle.resolve(m.table);
  }, null);
}

/**
 * A whole import in the worker, on its own connection to `dbFile`: the parse under the time limit, then mapping,
 * checks and the write. A cancel after the parse is passed to the worker, which rolls back and answers.
 */
export function importInWorker(dbFile: string, fileName: string, bytes: Uint8Array, options: PipelineOptions, limits: ParseLimits & { onStep?: ((s: ImportStep) => void) | undefined }): Promise<ImportOutcome> {
  const cancelFlag = new SharedArrayBuffer(4);
  const request: Exclude<WorkerRequest, { mode: 'write' }> = { mode: 'import', fileName, bytes, dbFile, cancelFlag, options: { ...options, now: options.now.toISOString() } };
  return inWorker<ImportOutcome>(request, limits, (m, settle) => {
    if (m.type === 'step') limits.onStep?.(m.step);
    else if (m.type === 'imported') settle.resolve(m.outcome);
    else if (m.type === 'mappingError') settle.reject(mappingError(m.message, options.mapping ?? []));
  }, { onAbort: () => Atomics.store(new Int32Array(cancelFlag), 0, 1) });
}
