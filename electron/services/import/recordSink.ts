import type { PlannedWrite } from '../../../shared/import/plan';
import type { RecordRef } from '../../../shared/import/records';
import { appendAudit } from '../../db/audit';
import { takeAutomaticBackup } from '../../db/autoBackup';
import { deferSpatialIndex } from '../../db/bulkSpatialIndex';
import type { Db } from '../../db/connection';
import { updatePlot } from './updatePlot';
import { runPlotOps, type PlotOp } from './createPlot';

/** One checked record's write: a new plot as ready statements, or an update (rare in bulk) as its plan. */
export type RecordWrite = { ref: RecordRef; kind: 'create'; ops: PlotOp[] } | { ref: RecordRef; kind: 'update'; write: PlannedWrite };

/** A record the database itself refused (a constraint the planner could not know). */
export interface SinkError {
  ref: RecordRef;
  kind: 'create' | 'update';
  message: string;
  messageZh: string;
}

export interface SinkResult {
  errors: SinkError[];
  committed: boolean;
}

export interface SinkOptions {
  partial: boolean;
  now: string;
  actor: string;
  fileName: string;
}

/** What the import planned: the summary audit row says what was written, net of the records the database refused. */
export interface PlannedCounts {
  created: number;
  updated: number;
  rejected: number;
}

const isConstraintError = (e: unknown) => e instanceof Error && 'code' in e && String(e.code).startsWith('SQLITE_CONSTRAINT');

/**
 * Writes an import's records into one transaction, on the connection given: the import's writing thread's own (or
 * the caller's, for an in-memory database). `begin` takes the automatic backup and opens the transaction; `finish`
 * commits only when asked and (unless partial) no record was refused, otherwise rolls back; `abort` rolls back.
 */
export class RecordSink {
  private finishSpatialIndex: (() => void) | null = null;
  private readonly errors: SinkError[] = [];

  constructor(
    private readonly db: Db,
    private readonly o: SinkOptions,
  ) {}

  begin(): void {
    // The way back from a bad import: a copy of the database as it was (backups/ beside it, the last N kept).
    takeAutomaticBackup(this.db, 'import', new Date(this.o.now));
    this.db.exec('BEGIN IMMEDIATE');
    this.finishSpatialIndex = deferSpatialIndex(this.db);
  }

  write(records: readonly RecordWrite[]): void {
    for (const r of records) this.writeOne(r);
  }

  finish(commit: boolean, planned: PlannedCounts): SinkResult {
    if (!this.finishSpatialIndex) return { errors: this.errors, committed: false };
    const ok = commit && (this.o.partial || this.errors.length === 0);
    if (ok) {
      this.finishSpatialIndex();
      const refusedCreates = this.errors.filter((e) => e.kind === 'create').length;
      const summary = { file: this.o.fileName, created: planned.created - refusedCreates, updated: planned.updated - (this.errors.length - refusedCreates), rejected: planned.rejected + this.errors.length };
      appendAudit(this.db, this.o.now, { actor: this.o.actor, action: 'import', table: 'plots', newValue: summary, reason: this.o.partial ? 'partial import' : null });
      this.db.exec('COMMIT');
    } else this.db.exec('ROLLBACK');
    this.finishSpatialIndex = null;
    return { errors: this.errors, committed: ok };
  }

  abort(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.finishSpatialIndex = null;
  }

  /** With --partial each record runs under a savepoint, so a refused one leaves none of its statements behind. */
  private writeOne(r: RecordWrite): void {
    const { db, o } = this;
    if (o.partial) db.exec('SAVEPOINT import_record');
    try {
      if (r.kind === 'create') runPlotOps(db, r.ops);
      else updatePlot(db, r.write, o.now, o.actor, o.fileName);
      if (o.partial) db.exec('RELEASE import_record');
    } catch (e) {
      if (!isConstraintError(e)) throw e;
      if (o.partial) db.exec('ROLLBACK TO import_record; RELEASE import_record');
      const reason = e instanceof Error ? e.message : String(e);
      this.errors.push({ ref: r.ref, kind: r.kind, message: `the database refused the record: ${reason}`, messageZh: `数据库拒绝了该记录：${reason}` });
    }
  }
}
