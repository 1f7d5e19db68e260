import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { loadReviews, saveReview } from '../../electron/db/queries/enterpriseReviews';
import { embeddedDataset, openSeededAtSchema } from './seededDb';
import { tempDir } from './tempDb';

/** Migration 004 on a database filled with the embedded dataset at schema 3, as an installed app would have it. */
describe('migration 004 (enterprise objection / re-check notes)', () => {
  const t = tempDir();
  let db: Db;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  let before: Record<string, number> = {};

  beforeAll(() => {
    db = openSeededAtSchema(t.file('m4.sqlite'), 3);
    before = Object.fromEntries(['zones', 'plots', 'contracts', 'plot_metrics', 'audit_log'].map((n) => [n, count(n)]));
    expect(migrate(db, MIGRATIONS, 4)).toEqual([4]);
  });
  afterAll(() => {
    db.close();
    t.remove();
  });

  it('records version 4, adds the table empty and leaves the data as it was', () => {
    expect(schemaVersion(db)).toBe(4);
    expect(count('enterprise_reviews')).toBe(0);
    for (const [table, n] of Object.entries(before)) expect(count(table), table).toBe(n);
  });

  it('keeps one note per enterprise and year, with checked status, year and length', () => {
    const code = embeddedDataset().plots[0]?.creditCode ?? '';
    const insert = db.prepare('INSERT INTO enterprise_reviews (uuid, credit_code, year, status, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('u1', code, 2025, 'objection', '企业对税收数据提出异议', '2026-11-27T08:00:00Z', '张三');
    expect(() => insert.run('u2', code, 2025, 'recheck', '', 't', 'x')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('u3', code, 2024, 'accepted', '', 't', 'x')).toThrow(/CHECK/);
    expect(() => insert.run('u4', code, 1890, 'recheck', '', 't', 'x')).toThrow(/CHECK/);
    expect(() => insert.run('u5', code, 2024, 'recheck', 'x'.repeat(2001), 't', 'x')).toThrow(/CHECK/);
    expect(loadReviews(db, 2025).get(code)).toMatchObject({ status: 'objection', rowVersion: 1, updatedBy: '张三' });
  });

  it('writes a note and its audit rows in one transaction, and refuses a stale row version without writing', () => {
    const code = embeddedDataset().plots[1]?.creditCode ?? '';
    const audits = count('audit_log');
    const first = saveReview(db, '2026-11-27T09:00:00Z', { creditCode: code, year: 2025, status: 'objection', note: '异议：用地面积有误', rowVersion: null, author: '李四' });
    expect(first.rowVersion).toBe(1);
    expect(count('audit_log')).toBe(audits + 2);
    const second = saveReview(db, '2026-11-27T10:00:00Z', { creditCode: code, year: 2025, status: 'revised', note: '异议：用地面积有误', rowVersion: 1, author: '李四' });
    expect(second).toMatchObject({ rowVersion: 2, status: 'revised', updatedAt: '2026-11-27T10:00:00Z' });
    const rows = db.prepare("SELECT action, field, old_value, new_value FROM audit_log WHERE table_name = 'enterprise_reviews' AND record_id = ? ORDER BY seq").all(`${code}/2025`);
    expect(rows).toEqual([
      { action: 'create', field: 'status', old_value: null, new_value: '"objection"' },
      { action: 'create', field: 'note', old_value: null, new_value: '"异议：用地面积有误"' },
      { action: 'update', field: 'status', old_value: '"objection"', new_value: '"revised"' },
    ]);
    const audited = count('audit_log');
    expect(() => saveReview(db, 't', { creditCode: code, year: 2025, status: 'upheld', note: '', rowVersion: 1, author: 'x' })).toThrow(/version 2, not 1/);
    expect(() => saveReview(db, 't', { creditCode: code, year: 2025, status: 'upheld', note: '', rowVersion: null, author: 'x' })).toThrow(/version 2, not none/);
    expect(count('audit_log')).toBe(audited);
    expect(loadReviews(db, 2025).get(code)?.status).toBe('revised');
  });
});
