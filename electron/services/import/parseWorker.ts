import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { FileReadError } from '../../../shared/import/table';
import { openDatabase } from '../../db/connection';
import { ImportCancelledError } from './importErrors';
import { runImportPipeline, sinkOptions } from './importPipeline';
import type { ParseProgress, SinkReply, SinkRequest, WorkerReply, WorkerRequest } from './parseMessages';
import { readSource } from './readSource';
import { RecordSink } from './recordSink';
import { remoteSink } from './remoteSink';

/**
 * Worker thread entry, three modes. 'parse' posts the table back. 'import' parses, then checks and plans each record
 * and hands it to a writing thread of its own ('write': one transaction on its own connection, synchronous=NORMAL:
 * an import can be run again, a decision cannot, so those stay FULL on the app's connection): checking and writing
 * run on two cores at once, and neither the records nor the write touch the app's thread. The host kills a parse
 * that overruns its time limit (and with this thread its writing thread); after the parse a cancel is a flag read
 * between records, then rolled back.
 */
const request = workerData as WorkerRequest;
const post = (m: WorkerReply | SinkReply) => parentPort?.postMessage(m);
const progress = (p: ParseProgress) => post({ type: 'progress', progress: p });

async function parseOrImport(r: Exclude<WorkerRequest, { mode: 'write' }>): Promise<void> {
  const table = await readSource(r.fileName, r.bytes, progress);
  // The file's bytes are not needed once parsed: let them go before the records are checked (100 MB at 100k plots).
  (r as { bytes: Uint8Array | null }).bytes = null;
  progress({ stage: 'done', total: table.records.length });
  if (r.mode === 'parse') return post({ type: 'done', table });
  if (!r.self) throw new Error('an import request names the worker script its writing thread runs (set by the host)');
  const flag = new Int32Array(r.cancelFlag);
  const options = { ...r.options, now: new Date(r.options.now) };
  // Reads (zones, existing plots, 批次) on this thread's connection, read-only; writes on the writing thread's.
  const db = openDatabase(r.dbFile, { readonly: true });
  try {
    const sink = remoteSink(r.self, r.dbFile, sinkOptions(options));
    const outcome = await runImportPipeline(db, table, options, sink, (step) => post({ type: 'step', step }), () => Atomics.load(flag, 0) === 1);
    post({ type: 'imported', outcome });
  } finally {
    db.close();
  }
}

/** The writing thread: takes the importing thread's requests in order until it finishes or aborts. */
function write(r: Extract<WorkerRequest, { mode: 'write' }>): void {
  const db = openDatabase(r.dbFile, { synchronous: 'NORMAL' });
  const sink = new RecordSink(db, r.options);
  const written = new Int32Array(r.written);
  let failed = false;
  const end = (reply: SinkReply) => {
    db.close();
    post(reply);
    parentPort?.close();
  };
  parentPort?.on('message', (m: SinkRequest) => {
    if (failed) return;
    try {
      if (m.type === 'begin') sink.begin();
      else if (m.type === 'write') {
        sink.write(m.records);
        Atomics.add(written, 0, 1);
        Atomics.notify(written, 0);
      }
      else if (m.type === 'finish') end({ type: 'finished', result: sink.finish(m.commit, m.planned) });
      else {
        sink.abort();
        end({ type: 'aborted' });
      }
    } catch (e) {
      failed = true;
      sink.abort();
      end({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  });
}

function replyToError(e: unknown): WorkerReply {
  if (e instanceof ImportCancelledError) return { type: 'cancelled' };
  if (e instanceof z.ZodError) return { type: 'mappingError', message: e.issues.map((i) => i.message).join('; ') };
  return { type: 'error', fileError: e instanceof FileReadError ? { code: e.code, params: e.params } : null, message: e instanceof Error ? e.message : String(e) };
}

if (request.mode === 'write') write(request);
else parseOrImport(request).catch((e: unknown) => post(replyToError(e)));
