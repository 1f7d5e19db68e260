import { randomUUID } from 'node:crypto';
import type { ImportJobError, ImportJobStatus, ImportPhase } from '../../../shared/api/methods/importJobs';
import type { ImportResult } from '../../../shared/api/methods/dataExchange';
import type { ImportStep } from './importFile';
import type { ParseProgress } from './parseMessages';

/** Finished jobs kept for their pollers; older ones are forgotten (a result can hold an issue per record of a big file). */
const KEEP_FINISHED = 5;

interface Job {
  status: ImportJobStatus;
  controller: AbortController;
  finishedAt: number | null;
}

/** What a job's work is handed: the signal to honour and the sinks for its progress. */
export interface JobContext {
  signal: AbortSignal;
  onProgress: (p: ParseProgress) => void;
  onStep: (s: ImportStep) => void;
}

/** How a job's failure is told apart: cancelled, a file-level error (with code), or anything else. */
export type JobFailure = { kind: 'cancelled' } | { kind: 'failed'; error: ImportJobError };

/**
 * The running app's import jobs, in memory (one registry per app session, held by the handler deps). A job runs in
 * the background of the process (the import worker); pollers read its phase and counts; cancel aborts it at any
 * point before it finishes, rolling back what it had written.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private sequence = 0;

  start(dryRun: boolean, work: (ctx: JobContext) => Promise<ImportResult>, classify: (e: unknown) => JobFailure): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    const status: ImportJobStatus = { jobId, state: 'running', phase: 'reading', done: null, total: null, dryRun, cancellable: true, cancelRequested: false, result: null, error: null };
    const job: Job = { status, controller, finishedAt: null };
    this.jobs.set(jobId, job);
    const set = (phase: ImportPhase, done?: number, total?: number) => {
      if (job.status.state !== 'running') return;
      job.status = { ...job.status, phase, done: done ?? null, total: total ?? null };
    };
    const ctx: JobContext = {
      signal: controller.signal,
      onProgress: (p) => (p.stage === 'unzip' ? set('reading') : p.stage === 'done' ? set('parsing', p.total, p.total) : set('parsing', p.done, p.total)),
      onStep: (s) => set(s.phase, s.done, s.total),
    };
    const finish = (next: Partial<ImportJobStatus>) => {
      job.status = { ...job.status, ...next, cancellable: false };
      job.finishedAt = ++this.sequence;
      this.forgetOld();
    };
    work(ctx).then(
      (result) => finish({ state: 'done', result, done: job.status.total }),
      (e: unknown) => {
        const f = classify(e);
        finish(f.kind === 'cancelled' ? { state: 'cancelled' } : { state: 'failed', error: f.error });
      },
    );
    return jobId;
  }

  status(jobId: string): ImportJobStatus | null {
    return this.jobs.get(jobId)?.status ?? null;
  }

  /** Aborts a running job: before its write nothing was written, during it the import's transaction is rolled back. */
  cancel(jobId: string): ImportJobStatus | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    if (job.status.state === 'running') {
      job.status = { ...job.status, cancelRequested: true };
      if (job.status.cancellable) job.controller.abort();
    }
    return job.status;
  }

  /** A job is still reading or writing (restore must wait for it). */
  busy(): boolean {
    return [...this.jobs.values()].some((j) => j.status.state === 'running');
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.finishedAt !== null).sort((a, b) => (a[1].finishedAt ?? 0) - (b[1].finishedAt ?? 0));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
