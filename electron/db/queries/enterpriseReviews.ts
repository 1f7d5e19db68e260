import { randomUUID } from 'node:crypto';
import type { EnterpriseReview, ReviewStatus } from '../../../shared/api/benchmarkViews';
import { ReviewStatus as ReviewStatusSchema } from '../../../shared/api/benchmarkViews';
import { appendAudit } from '../audit';
import type { Db } from '../connection';

interface ReviewRow {
  credit_code: string;
  year: number;
  status: string;
  note: string;
  updated_at: string;
  updated_by: string;
  row_version: number;
}

const toReview = (r: ReviewRow): EnterpriseReview => ({
  creditCode: r.credit_code,
  year: r.year,
  status: ReviewStatusSchema.parse(r.status),
  note: r.note,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  rowVersion: r.row_version,
});

export function loadReviews(db: Db, year: number): Map<string, EnterpriseReview> {
  const rows = db.prepare('SELECT * FROM enterprise_reviews WHERE year = ?').all(year) as ReviewRow[];
  return new Map(rows.map((r) => [r.credit_code, toReview(r)]));
}

export interface ReviewEdit {
  creditCode: string;
  year: number;
  status: ReviewStatus;
  note: string;
  rowVersion: number | null;
  author: string;
}

/** The note changed since the user read it: the English message and its Chinese twin. */
export class ReviewConflict extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

/**
 * Adds or changes an enterprise's objection / re-check note in one transaction with its audit rows. `rowVersion`
 * must be the version the user saw (null for a first note); anything else means someone changed it meanwhile.
 */
export function saveReview(db: Db, at: string, edit: ReviewEdit): EnterpriseReview {
  return db.transaction(() => {
    const current = db.prepare('SELECT * FROM enterprise_reviews WHERE credit_code = ? AND year = ?').get(edit.creditCode, edit.year) as ReviewRow | undefined;
    const seen = current?.row_version ?? null;
    if (seen !== edit.rowVersion) {
      throw new ReviewConflict(
        `the note on ${edit.creditCode} (${edit.year}) is at version ${seen ?? 'none'}, not ${edit.rowVersion ?? 'none'}: someone changed it meanwhile; reload and edit again`,
        `统一社会信用代码 ${edit.creditCode}（${edit.year} 年）的异议/复核记录已被他人修改（当前版本 ${seen ?? '无'}，您看到的是 ${edit.rowVersion ?? '无'}），请刷新后重新编辑`,
      );
    }
    const recordId = `${edit.creditCode}/${edit.year}`;
    const audit = (field: string, oldValue: unknown, newValue: unknown) =>
      appendAudit(db, at, { actor: edit.author, action: current ? 'update' : 'create', table: 'enterprise_reviews', recordId, field, oldValue, newValue });
    if (current) {
      db.prepare('UPDATE enterprise_reviews SET status = ?, note = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE credit_code = ? AND year = ?').run(
        edit.status,
        edit.note,
        at,
        edit.author,
        edit.creditCode,
        edit.year,
      );
      if (current.status !== edit.status) audit('status', current.status, edit.status);
      if (current.note !== edit.note) audit('note', current.note, edit.note);
    } else {
      db.prepare('INSERT INTO enterprise_reviews (uuid, credit_code, year, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        randomUUID(),
        edit.creditCode,
        edit.year,
        edit.status,
        edit.note,
        at,
        edit.author,
      );
      audit('status', undefined, edit.status);
      if (edit.note !== '') audit('note', undefined, edit.note);
    }
    const saved = db.prepare('SELECT * FROM enterprise_reviews WHERE credit_code = ? AND year = ?').get(edit.creditCode, edit.year) as ReviewRow;
    return toReview(saved);
  })();
}
