import type { ImportPhase } from '../../../shared/api/methods/importJobs';
import type { CrsCode } from '../../../shared/import/crs';
import { draftRecord } from '../../../shared/import/draft';
import { applyTemplate, autoMapping, duplicateFields, headerYear, type ColumnMapping } from '../../../shared/import/mapping';
import type { ImportParameters } from '../../../shared/import/parameters';
import { createPlanner, type ExistingPlot, type ImportPlan } from '../../../shared/import/plan';
import type { ImportIssue, RecordRef } from '../../../shared/import/records';
import type { SourceTable } from '../../../shared/import/table';
import type { Db } from '../../db/connection';
import { loadZones } from '../../db/queries/zones';
import { createPlotOps } from './createPlot';
import { ImportCancelledError, mappingError } from './importErrors';
import { RecordSink, type PlannedCounts, type RecordWrite, type SinkOptions, type SinkResult } from './recordSink';

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

/** Where checked records go: the writing thread (the import worker) or, for an in-memory database, this connection. */
export interface Sink {
  begin(): void;
  write(record: RecordWrite): void;
  finish(commit: boolean, planned: PlannedCounts): Promise<SinkResult>;
  abort(): Promise<void>;
}

export function sinkOptions(o: PipelineOptions): SinkOptions {
  return { partial: o.partial, now: o.now.toISOString(), actor: o.actor, fileName: o.fileName };
}

/** The records written on the caller's connection as they come. */
export function localSink(db: Db, o: PipelineOptions): Sink {
  const sink = new RecordSink(db, sinkOptions(o));
  return {
    begin: () => sink.begin(),
    write: (r) => sink.write([r]),
    finish: (commit, planned) => Promise.resolve(sink.finish(commit, planned)),
    abort: () => Promise.resolve(sink.abort()),
  };
}

/**
 * Map → validate → plan, one record at a time, on the connection given (read only here), each accepted plot handed
 * to the sink as soon as it is planned; the sink writes it in one transaction opened at the first write. So no list
 * of 100k drafts is held, and in the import worker the checks of the next records run while the writing thread
 * writes the previous ones. All or nothing: the first rejected record (unless partial) stops the writing; every
 * record is still checked so the error list is complete, then the sink rolls back. A cancel rolls back too.
 */
export async function runImportPipeline(db: Db, table: SourceTable, o: PipelineOptions, sink: Sink, step: (s: ImportStep) => void, cancelled: () => boolean): Promise<ImportOutcome> {
  const mapping = o.mapping ? applyTemplate(table.columns, o.mapping) : autoMapping(table.columns);
  const dup = duplicateFields(mapping);
  if (dup.length > 0) throw mappingError(`several columns map to ${dup.join(', ')}`, mapping);
  const batchIds = new Set((db.prepare('SELECT id FROM batches').all() as { id: string }[]).map((b) => b.id));
  const planner = createPlanner(mapping, { zones: loadZones(db), existing: existingPlots(db), params: o.params, defaultYear: headerYear(table.columns) ?? o.now.getUTCFullYear() - 1, batchIds });
  const issues: ImportIssue[] = [];
  const at = o.now.toISOString();
  const total = table.records.length;
  let [created, updated] = [0, 0];
  let begun = false;
  let writing = !o.dryRun;
  // Without a .prj the CRS is told per record (an 8-digit easting names its zone): report the first one found.
  let detectedCrs: CrsCode | null = null;
  try {
    for (let i = 0; i < total; i++) {
      if (i % SLICE === 0) {
        step({ phase: begun ? 'writing' : 'validating', done: i, total });
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
      if (!begun) {
        sink.begin();
        begun = true;
      }
      sink.write(w.kind === 'create' ? { ref: w.draft.ref, kind: 'create', ops: createPlotOps(w, at, o.actor, o.fileName) } : { ref: w.draft.ref, kind: 'update', write: w });
    }
    issues.push(...planner.plan.issues);
    const planned = new Set(issues.map((x) => refKey(x.ref))).size;
    const result = begun ? await sink.finish(o.partial || planned === 0, { created, updated, rejected: planned }) : { errors: [], committed: false };
    for (const e of result.errors) {
      issues.push({ ref: e.ref, field: '—', message: e.message, messageZh: e.messageZh });
      if (e.kind === 'create') created--;
      else updated--;
    }
    const rejected = new Set(issues.map((x) => refKey(x.ref))).size;
    const refused = rejected > 0 && !o.partial;
    return {
      created: refused ? 0 : created,
      updated: refused ? 0 : updated,
      rejected,
      errors: issues,
      warnings: planner.plan.warnings,
      applied: result.committed,
      table: { format: table.format, crs: table.crs ?? detectedCrs, encoding: table.encoding, columns: table.columns, records: total, warnings: table.warnings },
      mapping,
    };
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
