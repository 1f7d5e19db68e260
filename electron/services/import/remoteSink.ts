import { Worker } from 'node:worker_threads';
import type { Sink } from './importPipeline';
import type { SinkReply, SinkRequest, WorkerRequest } from './parseMessages';
import type { RecordWrite, SinkOptions, SinkResult } from './recordSink';

/** Records sent per message: few enough messages, small enough that the writer starts at once. */
const BATCH = 250;

/**
 * The import's writing thread, seen as a Sink: records are batched and posted as they are checked; the thread writes
 * them in one transaction on its own connection while the next ones are checked here. `finish` and `abort` wait
 * for its answer, so a job is never reported done or cancelled before the transaction has ended.
 */
export function remoteSink(self: { url: string; execArgv: string[] | undefined }, dbFile: string, options: SinkOptions): Sink {
  const worker = new Worker(new URL(self.url), { workerData: { mode: 'write', dbFile, options } satisfies WorkerRequest, execArgv: self.execArgv });
  let batch: RecordWrite[] = [];
  let failure: Error | null = null;
  let waiting: { resolve: (r: SinkReply) => void; reject: (e: Error) => void } | null = null;
  const send = (m: SinkRequest) => worker.postMessage(m);
  const flush = () => {
    if (batch.length === 0) return;
    send({ type: 'write', records: batch });
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
