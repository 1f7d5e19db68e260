import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { importFile } from '../../electron/services/import/importFile';
import { IMPORT_FIXTURES, importFixture, runCli } from './runCli';
import { openSeeded, seededForSuite, TEST_NOW } from './seededDb';
import { tempDir } from './tempDb';

const expected = JSON.parse(readFileSync(join(IMPORT_FIXTURES, 'expected.json'), 'utf8')) as {
  features: Record<string, { zoneId: string; landUser: string; areaM2: number; lonLat: [number, number][]; year?: number; tax?: number }>;
  spreadsheet: { updates: Record<string, Record<string, number | string>>; created: Record<string, { landAreaM2: number; zoneId: string; projectType: string; lonLat: [number, number][] }>; year: number };
  csv: Record<string, { landUser: string; tax: number; year: number }>;
};
const NOW = new Date(TEST_NOW);

function metres(a: [number, number], b: [number, number]): number {
  const dy = (a[1] - b[1]) * 111_320;
  const dx = (a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

interface PlotRowDb { id: string; parcel_no: string; land_user: string | null; zone_id: string; land_area_m2: number; geometry: string; original_crs: string; project_type: string }
const plotBy = (db: Db, parcelNo: string) => db.prepare('SELECT * FROM plots WHERE parcel_no = ?').get(parcelNo) as PlotRowDb | undefined;
const run = (db: Db, name: string, extra: { dryRun?: boolean; partial?: boolean } = {}) =>
  importFile(db, { fileName: name, bytes: importFixture(name), dryRun: extra.dryRun ?? false, partial: extra.partial ?? false, now: NOW, actor: 'test' });

describe('import of files made by GDAL and openpyxl', () => {
  let db: Db;
  seededForSuite((opened) => (db = opened));

  it('creates the Shapefile and GeoJSON plots with their GBK names, registered areas, zones and positions within 1 m of cs2cs', async () => {
    const before = (db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n;
    const a = await run(db, 'zone38_gbk.zip');
    const b = await run(db, 'zone39_noprj_nocpg.zip');
    const c = await run(db, 'cm114_4547.geojson');
    expect([a.created, b.created, c.created]).toEqual([3, 2, 1]);
    expect(a.table.encoding).toBe('gbk (cpg)');
    expect(b.table.crs).toBe('EPSG:4527');
    expect((db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n).toBe(before + 6);
    for (const [parcelNo, e] of Object.entries(expected.features)) {
      const p = plotBy(db, parcelNo);
      expect(p, parcelNo).toBeDefined();
      if (!p) continue;
      expect(p.land_user).toBe(e.landUser);
      expect(p.zone_id).toBe(e.zoneId);
      expect(p.land_area_m2).toBeCloseTo(e.areaM2, 6);
      const ring = (JSON.parse(p.geometry) as { coordinates: [number, number][][] }).coordinates[0] ?? [];
      expect(ring).toHaveLength(e.lonLat.length);
      ring.forEach((pt, i) => expect(metres(pt, e.lonLat[i] ?? [0, 0])).toBeLessThan(1));
    }
    expect(plotBy(db, 'FX38-001')?.original_crs).toBe('EPSG:4526');
    expect(plotBy(db, 'FX47-001')?.original_crs).toBe('EPSG:4547');
    const m = db.prepare('SELECT year, annual_tax_wan FROM plot_metrics WHERE plot_id = ?').all(plotBy(db, 'FX38-001')?.id) as { year: number; annual_tax_wan: number }[];
    expect(m).toEqual([{ year: expected.features['FX38-001']?.year, annual_tax_wan: expected.features['FX38-001']?.tax }]);
  });

  it('updates existing plots and creates new ones from a bureau spreadsheet (title rows, units, text numbers, serial and text dates, 合计 row)', async () => {
    const r = await run(db, 'ledger_2024.xlsx');
    expect({ created: r.created, updated: r.updated, rejected: r.rejected }).toEqual({ created: 1, updated: 2, rejected: 0 });
    for (const [parcelNo, e] of Object.entries(expected.spreadsheet.updates)) {
      const p = plotBy(db, parcelNo);
      expect(p?.land_area_m2).toBeCloseTo(Number(e.landAreaM2), 6);
      const c = db.prepare('SELECT contract_date, agreed_start_date, actual_completion_date FROM contracts WHERE plot_id = ?').get(p?.id) as Record<string, string | null>;
      expect(c.contract_date).toBe(e.contractDate);
      expect(c.agreed_start_date).toBe(e.agreedStartDate);
      if (e.actualCompletionDate) expect(c.actual_completion_date).toBe(e.actualCompletionDate);
      const m = db.prepare('SELECT annual_tax_wan FROM plot_metrics WHERE plot_id = ? AND year = ?').get(p?.id, expected.spreadsheet.year) as { annual_tax_wan: number };
      expect(m.annual_tax_wan).toBeCloseTo(Number(e.tax), 9);
    }
    for (const [parcelNo, e] of Object.entries(expected.spreadsheet.created)) {
      const p = plotBy(db, parcelNo);
      expect(p?.zone_id).toBe(e.zoneId);
      expect(p?.project_type).toBe(e.projectType);
      expect(p?.land_area_m2).toBeCloseTo(e.landAreaM2, 6);
      const ring = (JSON.parse(p?.geometry ?? '{}') as { coordinates: [number, number][][] }).coordinates[0] ?? [];
      ring.forEach((pt, i) => expect(metres(pt, e.lonLat[i] ?? [0, 0])).toBeLessThan(1));
    }
  });

  it('reads a GBK CSV with a quoted comma, a 年度 column and a 小计 row', async () => {
    const r = await run(db, 'ledger_gbk.csv');
    expect(r.updated).toBe(1);
    for (const [parcelNo, e] of Object.entries(expected.csv)) {
      const p = plotBy(db, parcelNo);
      expect(p?.land_user).toBe(e.landUser);
      const m = db.prepare('SELECT annual_tax_wan, operating FROM plot_metrics WHERE plot_id = ? AND year = ?').get(p?.id, e.year) as { annual_tax_wan: number; operating: number };
      expect(m).toEqual({ annual_tax_wan: e.tax, operating: 1 });
    }
  });

  it('turns round a GeoJSON whose coordinates are northing first, with a warning', async () => {
    const r = await run(db, 'swapped_axes_4526.geojson', { dryRun: true });
    expect(r.rejected).toBe(0);
    expect(r.warnings.some((w) => w.message.includes('swapped'))).toBe(true);
  });
});

describe('damaged files', () => {
  const tmp = tempDir();
  const file = tmp.file('land.sqlite');
  beforeAll(() => openSeeded(file).db.close());
  afterAll(() => tmp.remove());

  const snapshot = () => {
    const db = openSeeded(file).db;
    try {
      return db.prepare("SELECT (SELECT count(*) FROM plots) || '/' || (SELECT count(*) FROM audit_log) || '/' || (SELECT total(land_area_m2) FROM plots) AS s").get() as { s: string };
    } finally {
      db.close();
    }
  };

  const cases: [string, string][] = [
    ['damaged_truncated.zip', 'damaged or incomplete archive'],
    ['damaged_dbf_cut.zip', 'truncated'],
    ['damaged_bowtie.zip', 'feature 1: geometry: polygon 1 ring 1: edges 1 and 3 cross'],
    ['damaged_nan.zip', 'feature 1: geometry: polygon 1 ring 1: coordinates must be finite numbers'],
    ['damaged_wrong_zone.zip', 'lies outside Puyang'],
  ];
  it.each(cases)('%s is refused in seconds with a message naming the problem, the database untouched', (name, message) => {
    const before = snapshot();
    const started = performance.now();
    const r = runCli(['import', join(IMPORT_FIXTURES, name), '--db', file, '--json']);
    const seconds = (performance.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(seconds).toBeLessThan(30);
    expect(snapshot()).toEqual(before);
  });

  it('--partial imports the valid features and reports the rejected one in the contract shape', () => {
    const r = runCli(['import', join(IMPORT_FIXTURES, 'damaged_nan.zip'), '--db', file, '--partial', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as unknown;
    expect(out).toEqual({ created: 1, updated: 0, rejected: 1, errors: [{ feature: 1, field: 'geometry', message: expect.stringContaining('finite') as unknown }] });
  });
});
