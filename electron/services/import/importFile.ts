import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { z } from 'zod';
import type { ImportPhase } from '../../../shared/api/methods/importJobs';
import { draftRecord } from '../../../shared/import/draft';
import { applyTemplate, autoMapping, duplicateFields, headerYear, type ColumnMapping } from '../../../shared/import/mapping';
import { DEFAULT_IMPORT_PARAMETERS, ImportParameters } from '../../../shared/import/parameters';
import { planImport, type ExistingPlot, type ImportPlan } from '../../../shared/import/plan';
import type { ImportIssue, PlotDraft, RecordRef } from '../../../shared/import/records';
import type { SourceTable } from '../../../shared/import/table';
import { appendAudit } from '../../db/audit';
import { takeAutomaticBackup } from '../../db/autoBackup';
import { withBulkSpatialIndex } from '../../db/bulkSpatialIndex';
import { withSynchronous, type Db } from '../../db/connection';
import { loadZones } from '../../db/queries/zones';
import { readSetting } from '../../db/settings';
import { applyWrite } from './applyPlan';
import type { ProgressSink } from './parseMessages';
import { ParseCancelledError, parseInWorker } from './parseInWorker';

export const IMPORT_PARAMETERS_KEY = 'import.parameters';
/** Records validated between two looks at the event loop (status requests, a cancel). */
const VALIDATE_SLICE = 2000;

/** Where an import has got to, for a progress bar: after the parse, validating N of M records, then writing. */
export interface ImportStep {
  phase: ImportPhase;
  done?: number;
  total?: number;
}

export interface ImportOptions {
  fileName: string;
  bytes: Uint8Array;
  /** The user's corrected mapping; columns it does not name keep the guessed mapping. */
  mapping?: readonly ColumnMapping[] | undefined;
  dryRun: boolean;
  partial: boolean;
  now: Date;
  actor: string;
  onProgress?: ProgressSink | undefined;
  signal?: AbortSignal | undefined;
  onStep?: ((s: ImportStep) => void) | undefined;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  rejected: number;
  errors: ImportIssue[];
  warnings: ImportPlan['warnings'];
  applied: boolean;
  table: Pick<SourceTable, 'format' | 'crs' | 'encoding' | 'columns'> & { records: number; warnings: string[] };
  mapping: ColumnMapping[];
}

function existingPlots(db: Db): ExistingPlot[] {
  return (db.prepare('SELECT id, parcel_no, supervision_no, zone_id FROM plots').all() as { id: string; parcel_no: string; supervision_no: string | null; zone_id: string }[]).map(
    (r) => ({ id: r.id, parcelNo: r.parcel_no, supervisionNo: r.supervision_no, zoneId: r.zone_id }),
  );
}

const refKey = (r: RecordRef) => ('row' in r ? `r${r.row}` : `f${r.feature}`);

/** Read (in a worker, time-limited) → map → validate → plan → (unless dry run) write in one transaction, all-or-nothing unless partial. */
export async function importFile(db: Db, o: ImportOptions): Promise<ImportOutcome> {
  const params = readSetting(db, IMPORT_PARAMETERS_KEY, ImportParameters) ?? DEFAULT_IMPORT_PARAMETERS;
  const table = await parseInWorker(o.fileName, o.bytes, { timeoutMs: params.parseTimeoutSeconds * 1000, onProgress: o.onProgress, signal: o.signal });
  const mapping = o.mapping ? applyTemplate(table.columns, o.mapping) : autoMapping(table.columns);
  const dup = duplicateFields(mapping);
  if (dup.length > 0) throw new z.ZodError([{ code: 'custom', path: ['mapping'], message: `several columns map to ${dup.join(', ')}`, input: mapping }]);
  const issues: ImportIssue[] = [];
  const drafts: PlotDraft[] = [];
  const step = o.onStep ?? (() => undefined);
  const cancelled = () => new ParseCancelledError(`${o.fileName}: import cancelled`);
  for (const [i, record] of table.records.entries()) {
    if (i % VALIDATE_SLICE === 0) {
      step({ phase: 'validating', done: i, total: table.records.length });
      await yieldToEventLoop();
      if (o.signal?.aborted) throw cancelled();
    }
    const r = draftRecord(record, mapping, table.crs, params);
    if (r.ok) drafts.push(r.draft);
    else issues.push(...r.issues);
  }
  const zones = loadZones(db);
  const plan = planImport(drafts, mapping, {
    zones,
    existing: existingPlots(db),
    params,
    defaultYear: headerYear(table.columns) ?? o.now.getUTCFullYear() - 1,
  });
  issues.push(...plan.issues);
  const rejected = new Set(issues.map((i) => refKey(i.ref))).size;
  const refused = rejected > 0 && !o.partial;
  const created = plan.writes.filter((w) => w.kind === 'create').length;
  const updated = plan.writes.length - created;
  const apply = !o.dryRun && !refused && plan.writes.length > 0;
  if (o.signal?.aborted) throw cancelled();
  if (apply) {
    // From here the import completes: a cancel is refused (the poller is told) and the transaction runs to its end.
    step({ phase: 'writing', done: 0, total: plan.writes.length });
    await yieldToEventLoop();
    const at = o.now.toISOString();
    // The way back from a bad import: a copy of the database as it was (backups/ beside it, the last N kept).
    takeAutomaticBackup(db, 'import', o.now);
    // One transaction, so a crash leaves all or nothing; NORMAL only skips the fsync, which a power cut (not a
    // process crash) could cost: the import can be run again, unlike a decision (those stay FULL).
    withSynchronous(db, 'NORMAL', () =>
      db.transaction(() => {
        withBulkSpatialIndex(db, () => {
          for (const w of plan.writes) applyWrite(db, w, at, o.actor, o.fileName);
        });
        appendAudit(db, at, { actor: o.actor, action: 'import', table: 'plots', newValue: { file: o.fileName, created, updated, rejected }, reason: o.partial ? 'partial import' : null });
      })(),
    );
  }
  return {
    created: refused ? 0 : created,
    updated: refused ? 0 : updated,
    rejected,
    errors: issues,
    warnings: plan.warnings,
    applied: apply,
    table: { format: table.format, crs: table.crs ?? plan.writes.find((w) => w.draft.crs)?.draft.crs ?? null, encoding: table.encoding, columns: table.columns, records: table.records.length, warnings: table.warnings },
    mapping,
  };
}
