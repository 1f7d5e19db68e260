import { parentPort, workerData } from 'node:worker_threads';
import { FileReadError } from '../../../shared/import/table';
import type { ParseProgress, WorkerReply } from './parseMessages';
import { readSource } from './readSource';

/** Worker thread entry: parses one file and posts the table back; the host kills it when it overruns its time limit. */
const { fileName, bytes } = workerData as { fileName: string; bytes: Uint8Array };
const post = (m: WorkerReply) => parentPort?.postMessage(m);
const progress = (p: ParseProgress) => post({ type: 'progress', progress: p });

readSource(fileName, bytes, progress).then(
  (table) => {
    progress({ stage: 'done', total: table.records.length });
    post({ type: 'done', table });
  },
  (e: unknown) =>
    post({ type: 'error', fileError: e instanceof FileReadError ? { code: e.code, params: e.params } : null, message: e instanceof Error ? e.message : String(e) }),
);
