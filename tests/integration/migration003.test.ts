import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { embeddedDataset, openSeededAtSchema } from './seededDb';
import { tempDir } from './tempDb';

/** Migration 003 on a database filled with the embedded dataset at schema 2, as an installed app would have it. */
describe('migration 003 (inspections, cases)', () => {
  const t = tempDir();
  let db: Db;
  beforeAll(() => {
    db = openSeededAtSchema(t.file('m3.sqlite'), 2);
    expect(migrate(db, MIGRATIONS, 3)).toEqual([3]);
  });
  afterAll(() => {
    db.close();
    t.remove();
  });

  it('records version 3 and keeps every contract', () => {
    expect(schemaVersion(db)).toBe(3);
    const n = (db.prepare('SELECT count(*) AS n FROM contracts').get() as { n: number }).n;
    expect(n).toBe(embeddedDataset().plots.length);
  });

  it('gives every government-caused delay an Art. 8 ground read from its recorded reason, and no other contract one', () => {
    const rows = db
      .prepare('SELECT government_cause AS g, government_cause_reason AS reason, government_cause_ground AS ground FROM contracts WHERE government_cause = 1 OR government_cause_ground IS NOT NULL')
      .all() as { g: number; reason: string; ground: string }[];
    const expected = embeddedDataset().plots.filter((p) => p.contract.governmentCause).length;
    expect(rows.length).toBe(expected);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.g).toBe(1);
      if (r.reason.includes('文物')) expect(r.ground).toBe('military-or-relics');
      if (r.reason.includes('交付')) expect(r.ground).toBe('land-not-delivered');
      if (r.reason.includes('信访')) expect(r.ground).toBe('petition');
      if (r.reason.startsWith('国家')) expect(r.ground).toBe('national-policy');
      if (r.reason.startsWith('规划调整')) expect(r.ground).toBe('plan-revision');
    }
  });

  it('keeps inspections and case steps append-only and allows one open case per plot', () => {
    const plot = (db.prepare('SELECT id FROM plots LIMIT 1').get() as { id: string }).id;
    db.prepare(
      `INSERT INTO inspections (id, plot_id, inspected_at, inspector, recorded_at, recorded_by, started, stage)
       VALUES ('i1', ?, '2026-03-01T10:00', '张三', 't', '张三', 0, 'not-started')`,
    ).run(plot);
    expect(() => db.prepare("UPDATE inspections SET notes = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM inspections').run()).toThrow(/append-only/);
    const openCase = db.prepare(`INSERT INTO cases (id, plot_id, state, opened_on, updated_at) VALUES (?, ?, ?, '2026-03-01', 't')`);
    openCase.run('c1', plot, 'suspected');
    expect(() => openCase.run('c2', plot, 'suspected')).toThrow(/UNIQUE/);
    openCase.run('c3', plot, 'disposed');
    expect(() => openCase.run('c4', plot, 'lost')).toThrow(/CHECK/);
    db.prepare(`INSERT INTO case_steps (id, case_id, seq, state, date, recorded_at, recorded_by) VALUES ('s1', 'c1', 1, 'suspected', '2026-03-01', 't', '张三')`).run();
    expect(() => db.prepare("UPDATE case_steps SET note = 'x'").run()).toThrow(/append-only/);
    expect(() =>
      db.prepare(`INSERT INTO inspection_photos (id, inspection_id, seq, original_name, stored_name, sha256, bytes, mime) VALUES ('f', 'nowhere', 1, 'a', 'b', ?, 1, 'image/jpeg')`).run('a'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
  });
});
