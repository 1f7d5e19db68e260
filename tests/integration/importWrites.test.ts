import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBulkSpatialIndex } from '../../electron/db/bulkSpatialIndex';
import type { Db } from '../../electron/db/connection';
import { importFile } from '../../electron/services/import/importFile';
import { generatedGeoJson } from './generatedPlots';
import { importFixture } from './runCli';
import { seededForSuite, TEST_NOW } from './seededDb';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const triggerSql = (db: Db) => (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'plots_rtree_insert'").get() as { sql: string } | undefined)?.sql;
const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

describe('how an import writes', () => {
  let db: Db;
  let trigger: string | undefined;
  seededForSuite((opened) => {
    db = opened;
    trigger = triggerSql(db);
  });

  it('fills the R*Tree for the new plots once, restores its trigger, and writes one audit row per plot', async () => {
    const before = count(db, 'SELECT count(*) AS n FROM plots');
    const auditBefore = count(db, 'SELECT count(*) AS n FROM audit_log');
    const r = await importFile(db, { fileName: 'zone38_gbk.zip', bytes: importFixture('zone38_gbk.zip'), dryRun: false, partial: false, now: new Date(TEST_NOW), actor: 'test' });
    expect(r.created).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) AS n FROM plots')).toBe(before + r.created);
    expect(triggerSql(db)).toBe(trigger);
    const created = db.prepare("SELECT p.id, p.min_lon, p.max_lon, p.min_lat, p.max_lat, r.min_lon AS r_min_lon, r.max_lat AS r_max_lat FROM plots p LEFT JOIN plots_rtree r ON r.rid = p.rowid WHERE p.id IN (SELECT record_id FROM audit_log WHERE action = 'import-create')").all() as { id: string; min_lon: number; max_lat: number; r_min_lon: number | null; r_max_lat: number | null }[];
    expect(created).toHaveLength(r.created);
    for (const p of created) {
      expect(p.id).toMatch(UUID_V7);
      // The R*Tree stores 32-bit floats, rounded outwards.
      expect(p.r_min_lon).not.toBeNull();
      expect(p.r_min_lon ?? Infinity).toBeLessThanOrEqual(p.min_lon);
      expect(p.r_max_lat ?? -Infinity).toBeGreaterThanOrEqual(p.max_lat);
    }
    // One entry per plot, plus the import's own summary.
    expect(count(db, 'SELECT count(*) AS n FROM audit_log') - auditBefore).toBe(r.created + 1);
    const entry = db.prepare("SELECT table_name, new_value FROM audit_log WHERE action = 'import-create' AND record_id = ?").get(created[0]?.id) as { table_name: string; new_value: string };
    expect(entry.table_name).toBe('plots');
    const values = JSON.parse(entry.new_value) as Record<string, unknown>;
    expect(values).toHaveProperty('parcel_no');
    expect(values).not.toHaveProperty('geometry');
  });

  it('keeps the trigger when the work inside fails, because the caller rolls back', () => {
    expect(() =>
      db.transaction(() =>
        withBulkSpatialIndex(db, () => {
          throw new Error('boom');
        }),
      )(),
    ).toThrow('boom');
    expect(triggerSql(db)).toBe(trigger);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withBulkSpatialIndex(db, () => 1)).toThrow(/inside a transaction/);
    expect(triggerSql(db)).toBe(trigger);
  });

  describe('a record the database itself refuses', () => {
    // A stand-in for a constraint the planner cannot know: a trigger refusing one plot's metrics row, which is
    // written after the plot's own row, so --partial must take that row back too.
    const file = () => {
      const doc = JSON.parse(generatedGeoJson('REFUSED', 3)) as { features: { properties: Record<string, unknown> }[] };
      doc.features.forEach((f, i) => (f.properties.annualTaxWan = i === 1 ? 123.456 : 10));
      return new TextEncoder().encode(JSON.stringify(doc));
    };
    const run = (partial: boolean) => importFile(db, { fileName: 'refused.geojson', bytes: file(), dryRun: false, partial, now: new Date(TEST_NOW), actor: 'test' });
    beforeAll(() => {
      db.exec("CREATE TRIGGER refuse_test BEFORE INSERT ON plot_metrics WHEN NEW.annual_tax_wan = 123.456 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    });
    afterAll(() => {
      db.exec('DROP TRIGGER refuse_test');
    });

    it('is that record\'s error, and the import is refused with nothing written', async () => {
      const before = count(db, 'SELECT count(*) AS n FROM plots');
      const r = await run(false);
      expect(r.applied).toBe(false);
      expect(r.rejected).toBe(1);
      expect(r.errors[0]).toMatchObject({ ref: { feature: 2 } });
      expect(r.errors[0]?.message).toContain('refused by the test');
      expect(count(db, 'SELECT count(*) AS n FROM plots')).toBe(before);
    });

    it('with --partial, the other records are written and none of the refused one is', async () => {
      const r = await run(true);
      expect([r.created, r.rejected, r.applied]).toEqual([2, 1, true]);
      expect(count(db, "SELECT count(*) AS n FROM plots WHERE parcel_no LIKE 'REFUSED-%'")).toBe(2);
      expect(count(db, "SELECT count(*) AS n FROM plots WHERE parcel_no = 'REFUSED-1'")).toBe(0);
      expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE new_value LIKE '%REFUSED-1%'")).toBe(0);
    });
  });
});
