import { Worker } from 'node:worker_threads';
import type { Sink } from './importPipeline';
import type { SinkReply, SinkRequest, WorkerRequest } from './parseMessages';
import type { RecordWrite, SinkOptions, SinkResult } from './recordSink';

/** Records sent per message: few enough messages, small enough that the writer starts at once. */
const BATCH = 250;
/** Batches sent and not yet written: enough to keep the writer busy, few enough to keep memory flat. */
const IN_FLIGHT = 8;

/**
 * The import's writing thread, seen as a Sink: records are batched and posted as they are checked; the thread writes
 * them in one transaction on its own connection while the next ones are checked here. `finish` and `abort` wait
 * for its answer, so a job is never reported done or cancelled before the transaction has ended.
 */
export function remoteSink(self: { url: string; execArgv: string[] | undefined }, dbFile: string, options: SinkOptions): Sink {
  // [0]: batches the writing thread has written; it notifies after each, and this thread waits on it when too far ahead.
  const writtenBuffer = new SharedArrayBuffer(4);
  const written = new Int32Array(writtenBuffer);
  const worker = new Worker(new URL(self.url), { workerData: { mode: 'write', dbFile, options, written: writtenBuffer } satisfies WorkerRequest, execArgv: self.execArgv });
  let batch: RecordWrite[] = [];
  let sent = 0;
  let failure: Error | null = null;
  let waiting: { resolve: (r: SinkReply) => void; reject: (e: Error) => void } | null = null;
  const send = (m: SinkRequest) => worker.postMessage(m);
  const flush = () => {
    if (batch.length === 0) return;
    // Checking outruns writing: without this wait the batches queue up in memory (100k plots: +300 MB).
    while (!failure && sent - Atomics.load(written, 0) >= IN_FLIGHT) Atomics.wait(written, 0, Atomics.load(written, 0), 50);
    send({ type: 'write', records: batch });
    sent++;
    batch = [];
  };
  const fail = (e: Error) => {
    failure ??= e;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (m: SinkReply) => {
    if (m.type === 'failed') fail(new Error(m.message));
    else {
      waiting?.resolve(m);
      waiting = null;
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the import's writing thread stopped (exit code ${code})`)));
  const ask = (m: SinkRequest): Promise<SinkReply> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      waiting = { resolve, reject };
      send(m);
    });
  const close = () => void worker.terminate();
  return {
    begin: () => send({ type: 'begin' }),
    write: (r) => {
      batch.push(r);
      if (batch.length >= BATCH) flush();
    },
    finish: async (commit, planned): Promise<SinkResult> => {
      flush();
      try {
        const reply = await ask({ type: 'finish', commit, planned });
        if (reply.type !== 'finished') throw new Error(`the import's writing thread answered ${reply.type}`);
        return reply.result;
      } finally {
        close();
      }
    },
    abort: async () => {
      batch = [];
      try {
        await ask({ type: 'abort' });
      } catch {
        // A thread that failed has rolled back already (or died, which rolls back too).
      } finally {
        close();
      }
    },
  };
}
