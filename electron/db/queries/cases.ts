import type { AttachmentView, CaseStepView } from '../../../shared/api/idleLandViews';
import { CaseCause, CaseState } from '../../../shared/rules/disposalCase';
import type { Db } from '../connection';

export interface CaseRecord {
  id: string;
  plotId: string;
  state: CaseState;
  cause: CaseCause | null;
  openedOn: string;
  rowVersion: number;
  steps: CaseStepView[];
}

interface CaseRow {
  id: string;
  plot_id: string;
  state: string;
  cause: string | null;
  opened_on: string;
  row_version: number;
}

interface StepRow {
  id: string;
  case_id: string;
  seq: number;
  state: string;
  date: string;
  document_no: string | null;
  cause: string | null;
  note: string;
  attachments: string;
  recorded_at: string;
  recorded_by: string;
}

/** Cases (all, one plot's, or one) with their steps in order. */
export function loadCases(db: Db, filter: { plotId?: string; id?: string } = {}): CaseRecord[] {
  const where = filter.id !== undefined ? ' WHERE c.id = ?' : filter.plotId !== undefined ? ' WHERE c.plot_id = ?' : '';
  const args = filter.id !== undefined ? [filter.id] : filter.plotId !== undefined ? [filter.plotId] : [];
  const cases = db.prepare(`SELECT c.* FROM cases c${where} ORDER BY c.opened_on DESC, c.id`).all(...args) as CaseRow[];
  const steps = db.prepare(`SELECT s.* FROM case_steps s JOIN cases c ON c.id = s.case_id${where} ORDER BY s.case_id, s.seq`).all(...args) as StepRow[];
  const byCase = new Map<string, CaseStepView[]>();
  for (const s of steps) {
    const view: CaseStepView = {
      id: s.id,
      seq: s.seq,
      state: CaseState.parse(s.state),
      date: s.date,
      documentNo: s.document_no,
      cause: s.cause === null ? null : CaseCause.parse(s.cause),
      note: s.note,
      attachments: JSON.parse(s.attachments) as AttachmentView[],
      recordedAt: s.recorded_at,
      recordedBy: s.recorded_by,
    };
    byCase.set(s.case_id, [...(byCase.get(s.case_id) ?? []), view]);
  }
  return cases.map((c) => ({
    id: c.id,
    plotId: c.plot_id,
    state: CaseState.parse(c.state),
    cause: c.cause === null ? null : CaseCause.parse(c.cause),
    openedOn: c.opened_on,
    rowVersion: c.row_version,
    steps: byCase.get(c.id) ?? [],
  }));
}

export function insertCase(db: Db, c: { id: string; plotId: string; openedOn: string; at: string }): void {
  db.prepare(`INSERT INTO cases (id, plot_id, state, opened_on, updated_at) VALUES (?, ?, 'suspected', ?, ?)`).run(c.id, c.plotId, c.openedOn, c.at);
}

export function insertStep(db: Db, caseId: string, s: Omit<CaseStepView, 'attachments'> & { attachments: AttachmentView[] }): void {
  db.prepare(
    `INSERT INTO case_steps (id, case_id, seq, state, date, document_no, cause, note, attachments, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.id, caseId, s.seq, s.state, s.date, s.documentNo, s.cause, s.note, JSON.stringify(s.attachments), s.recordedAt, s.recordedBy);
}

/** Moves the case to its new state if nobody else did meanwhile; false on a stale version. */
export function advanceCase(db: Db, id: string, expectedVersion: number, state: CaseState, cause: CaseCause | null, at: string): boolean {
  const info = db
    .prepare(
      `UPDATE cases SET state = ?, cause = COALESCE(?, cause), updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?`,
    )
    .run(state, cause, at, id, expectedVersion);
  return info.changes === 1;
}
