import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { FileReadError } from '../../../shared/import/table';
import { openDatabase } from '../../db/connection';
import { ImportCancelledError } from './importErrors';
import { runImportPipeline } from './importPipeline';
import type { ParseProgress, WorkerReply, WorkerRequest } from './parseMessages';
import { readSource } from './readSource';

/**
 * Worker thread entry. 'parse' posts the table back. 'import' parses, then maps, validates and writes on its own
 * connection (synchronous=NORMAL: an import can be run again, a decision cannot; those stay FULL on the app's
 * connection), so neither the 100k records nor the write ever touch the app's thread. The host kills a parse that
 * overruns its time limit; after the parse a cancel is a flag this thread reads between records, then rolls back.
 */
const request = workerData as WorkerRequest;
const post = (m: WorkerReply) => parentPort?.postMessage(m);
const progress = (p: ParseProgress) => post({ type: 'progress', progress: p });

async function run(): Promise<void> {
  const table = await readSource(request.fileName, request.bytes, progress);
  progress({ stage: 'done', total: table.records.length });
  if (request.mode === 'parse') return post({ type: 'done', table });
  const flag = new Int32Array(request.cancelFlag);
  const db = openDatabase(request.dbFile, { synchronous: 'NORMAL' });
  try {
    const outcome = runImportPipeline(db, table, { ...request.options, now: new Date(request.options.now) }, (step) => post({ type: 'step', step }), () => Atomics.load(flag, 0) === 1);
    post({ type: 'imported', outcome });
  } finally {
    db.close();
  }
}

run().catch((e: unknown) => {
  if (e instanceof ImportCancelledError) return post({ type: 'cancelled' });
  if (e instanceof z.ZodError) return post({ type: 'mappingError', message: e.issues.map((i) => i.message).join('; ') });
  post({ type: 'error', fileError: e instanceof FileReadError ? { code: e.code, params: e.params } : null, message: e instanceof Error ? e.message : String(e) });
});
