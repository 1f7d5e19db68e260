import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/connection';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { tempDir } from './tempDb';

const square = JSON.stringify({ type: 'Polygon', coordinates: [[[115, 35.7], [115.01, 35.7], [115.01, 35.71], [115, 35.71], [115, 35.7]]] });

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function fresh(): Db {
  const t = tempDir();
  const db = openDatabase(t.file('m.sqlite'));
  cleanup.push(() => {
    db.close();
    t.remove();
  });
  return db;
}

function insertZoneAndPlot(db: Db): void {
  db.prepare(
    `INSERT INTO zones (id, uuid, name, short_name, name_en, level, location, location_note, county, tier, planned_area_ha, boundary)
     VALUES ('z', 'u-z', '测试区', '测试', 'Test', 'provincial', 'county', '县域', '清丰县', 3, 100, ?)`,
  ).run(square);
  db.prepare(
    `INSERT INTO plots (id, parcel_no, zone_id, project_type, land_area_m2, geometry, updated_at)
     VALUES ('p1', '410922000001', 'z', 'general', 1000, ?, '2026-01-01T00:00:00Z')`,
  ).run(square);
}

describe('connection', () => {
  it('opens in WAL with synchronous FULL and foreign keys on', () => {
    const db = fresh();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('migration 001 (initial)', () => {
  it('creates the core tables and records version 1', () => {
    const db = fresh();
    expect(migrate(db, MIGRATIONS, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['zones', 'plots', 'contracts', 'plot_metrics', 'batches', 'rule_sets', 'audit_log', 'settings', 'counties']) {
      expect(tables).toContain(t);
    }
  });
  it('enforces checks, foreign keys and an append-only audit log', () => {
    const db = fresh();
    migrate(db, MIGRATIONS, 1);
    insertZoneAndPlot(db);
    expect(() =>
      db.prepare(`INSERT INTO plots (id, parcel_no, zone_id, project_type, land_area_m2, geometry, updated_at) VALUES ('p2', 'x', 'nowhere', 'general', 10, '{}', 't')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO plots (id, parcel_no, zone_id, project_type, land_area_m2, geometry, updated_at) VALUES ('p3', 'y', 'z', 'general', 0, '{}', 't')`).run(),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO audit_log (uuid, at, actor, action, table_name) VALUES ('a1', 't', 'me', 'edit', 'plots')`).run();
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
  });
});

describe('migration 002 (plot R*Tree)', () => {
  it('backfills bboxes of existing plots and indexes new ones', () => {
    const db = fresh();
    migrate(db, MIGRATIONS, 1);
    insertZoneAndPlot(db);
    expect(migrate(db, MIGRATIONS, 2)).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    const hit = (lon: number, lat: number) =>
      db.prepare('SELECT count(*) AS n FROM plots_rtree WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?').get(lon, lon, lat, lat) as { n: number };
    expect(hit(115.005, 35.705).n).toBe(1);
    expect(hit(116, 35.705).n).toBe(0);
    db.prepare('UPDATE plots SET min_lon = 116, max_lon = 116.01 WHERE id = ?').run('p1');
    expect(hit(116.005, 35.705).n).toBe(1);
    db.prepare('DELETE FROM plots WHERE id = ?').run('p1');
    expect((db.prepare('SELECT count(*) AS n FROM plots_rtree').get() as { n: number }).n).toBe(0);
  });
  it('is not applied twice and a newer schema is refused', () => {
    const db = fresh();
    migrate(db);
    expect(migrate(db)).toEqual([]);
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this app/);
  });
  it('a failing migration leaves the database at the previous version', () => {
    const db = fresh();
    migrate(db, MIGRATIONS, 1);
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    const broken = [...MIGRATIONS, { version: latest + 1, name: 'broken', up: 'CREATE TABLE t3 (a); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't3'").get()).toEqual({ n: 0 });
  });
});
