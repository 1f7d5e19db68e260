import type { ImportPhase } from '../../../shared/api/methods/importJobs';
import type { CrsCode } from '../../../shared/import/crs';
import { draftRecord } from '../../../shared/import/draft';
import { applyTemplate, autoMapping, duplicateFields, headerYear, type ColumnMapping } from '../../../shared/import/mapping';
import type { ImportParameters } from '../../../shared/import/parameters';
import { createPlanner, type ExistingPlot, type ImportPlan, type PlannedWrite } from '../../../shared/import/plan';
import type { ImportIssue, RecordRef } from '../../../shared/import/records';
import type { SourceTable } from '../../../shared/import/table';
import { appendAudit } from '../../db/audit';
import { takeAutomaticBackup } from '../../db/autoBackup';
import { deferSpatialIndex } from '../../db/bulkSpatialIndex';
import type { Db } from '../../db/connection';
import { loadZones } from '../../db/queries/zones';
import { applyWrite } from './applyPlan';
import { ImportCancelledError, mappingError } from './importErrors';

/** Records handled between two progress reports and two looks at the cancel flag. */
const SLICE = 2000;

/** Where an import has got to, for a progress bar: after the parse, validating N of M records, then writing. */
export interface ImportStep {
  phase: ImportPhase;
  done?: number;
  total?: number;
}

export interface PipelineOptions {
  fileName: string;
  /** The user's corrected mapping; columns it does not name keep the guessed mapping. */
  mapping?: readonly ColumnMapping[] | undefined;
  dryRun: boolean;
  partial: boolean;
  now: Date;
  actor: string;
  params: ImportParameters;
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

/**
 * Map → validate → plan → write, one record at a time, synchronously on the connection given (the import worker's
 * own). Each accepted plot is written as soon as it is planned, inside one transaction opened at the first write, so
 * no list of 100k drafts is held in memory and the write overlaps nothing it must wait for. All-or-nothing: the first
 * rejected record (unless partial) stops the writing and the transaction is rolled back at the end, after every
 * record has been checked so the error list is complete. A cancel rolls back too.
 */
export function runImportPipeline(db: Db, table: SourceTable, o: PipelineOptions, step: (s: ImportStep) => void, cancelled: () => boolean): ImportOutcome {
  const mapping = o.mapping ? applyTemplate(table.columns, o.mapping) : autoMapping(table.columns);
  const dup = duplicateFields(mapping);
  if (dup.length > 0) throw mappingError(`several columns map to ${dup.join(', ')}`, mapping);
  const batchIds = new Set((db.prepare('SELECT id FROM batches').all() as { id: string }[]).map((b) => b.id));
  const planner = createPlanner(mapping, { zones: loadZones(db), existing: existingPlots(db), params: o.params, defaultYear: headerYear(table.columns) ?? o.now.getUTCFullYear() - 1, batchIds }, false);
  const issues: ImportIssue[] = [];
  const at = o.now.toISOString();
  const total = table.records.length;
  let [created, updated] = [0, 0];
  let finishSpatialIndex: (() => void) | null = null;
  let writing = !o.dryRun;
  // Without a .prj the CRS is told per record (an 8-digit easting names its zone): report the first one found.
  let detectedCrs: CrsCode | null = null;
  try {
    for (let i = 0; i < total; i++) {
      if (i % SLICE === 0) {
        step({ phase: finishSpatialIndex ? 'writing' : 'validating', done: i, total });
        if (cancelled()) throw new ImportCancelledError(`${o.fileName}: import cancelled`);
      }
      const record = table.records[i];
      if (!record) continue;
      const r = draftRecord(record, mapping, table.crs, o.params);
      if (!r.ok) issues.push(...r.issues);
      else detectedCrs ??= r.draft.crs;
      const w = r.ok ? planner.add(r.draft) : null;
      if (!o.partial && (issues.length > 0 || planner.plan.issues.length > 0)) writing = false;
      if (!w) continue;
      if (w.kind === 'create') created++;
      else updated++;
      if (!writing) continue;
      if (!finishSpatialIndex) {
        // The way back from a bad import: a copy of the database as it was (backups/ beside it, the last N kept).
        takeAutomaticBackup(db, 'import', o.now);
        db.exec('BEGIN IMMEDIATE');
        finishSpatialIndex = deferSpatialIndex(db);
      }
      if (!writeRecord(db, w, at, o, issues)) {
        if (w.kind === 'create') created--;
        else updated--;
        if (!o.partial) writing = false;
      }
    }
    issues.push(...planner.plan.issues);
    const rejected = new Set(issues.map((x) => refKey(x.ref))).size;
    const refused = rejected > 0 && !o.partial;
    const applied = finishSpatialIndex !== null && !refused;
    if (finishSpatialIndex) {
      if (applied) {
        finishSpatialIndex();
        appendAudit(db, at, { actor: o.actor, action: 'import', table: 'plots', newValue: { file: o.fileName, created, updated, rejected }, reason: o.partial ? 'partial import' : null });
        db.exec('COMMIT');
      } else db.exec('ROLLBACK');
    }
    return {
      created: refused ? 0 : created,
      updated: refused ? 0 : updated,
      rejected,
      errors: issues,
      warnings: planner.plan.warnings,
      applied,
      table: { format: table.format, crs: table.crs ?? detectedCrs, encoding: table.encoding, columns: table.columns, records: total, warnings: table.warnings },
      mapping,
    };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

const isConstraintError = (e: unknown) => e instanceof Error && 'code' in e && String(e.code).startsWith('SQLITE_CONSTRAINT');

/**
 * One record's write. The planner checks what it can know; a constraint the database still refuses (a value outside
 * a CHECK, say) becomes this record's error instead of ending the import. With --partial the record's statements
 * run under a savepoint, so a refusal leaves none of them behind.
 */
function writeRecord(db: Db, w: PlannedWrite, at: string, o: PipelineOptions, issues: ImportIssue[]): boolean {
  if (o.partial) db.exec('SAVEPOINT import_record');
  try {
    applyWrite(db, w, at, o.actor, o.fileName);
    if (o.partial) db.exec('RELEASE import_record');
    return true;
  } catch (e) {
    if (!isConstraintError(e)) throw e;
    if (o.partial) db.exec('ROLLBACK TO import_record; RELEASE import_record');
    const reason = e instanceof Error ? e.message : String(e);
    issues.push({ ref: w.draft.ref, field: '—', message: `the database refused the record: ${reason}`, messageZh: `数据库拒绝了该记录：${reason}` });
    return false;
  }
}
