import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { importFile } from '../../electron/services/import/importFile';
import { runCli } from './runCli';
import { seededForSuite } from './seededDb';

const ZONE = 'gaoxin';
type Ring = [number, number][];
interface DbPlot { parcel_no: string; land_user: string | null; land_area_m2: number; geometry: string }

function metres(a: [number, number], b: [number, number]): number {
  const dy = (a[1] - b[1]) * 111_320;
  const dx = (a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

const ringsOf = (g: { type: string; coordinates: unknown }): Ring[] => (g.type === 'Polygon' ? (g.coordinates as Ring[]) : (g.coordinates as Ring[][]).flat());

/** Ring by ring, every vertex has a partner within the distance (orientation may differ: Shapefile outer rings are clockwise). */
function worstVertexGap(a: Ring[], b: Ring[]): number {
  expect(b.map((r) => r.length)).toEqual(a.map((r) => r.length));
  let worst = 0;
  a.forEach((ring, i) => {
    for (const p of ring) worst = Math.max(worst, Math.min(...(b[i] ?? []).map((q) => metres(p, q))));
  });
  return worst;
}

describe('Shapefile export read back by GDAL and by our importer', () => {
  let db: Db;
  let plots: Map<string, DbPlot>;
  const tmp = seededForSuite((opened) => {
    db = opened;
    plots = new Map((db.prepare('SELECT parcel_no, land_user, land_area_m2, geometry FROM plots WHERE zone_id = ?').all(ZONE) as DbPlot[]).map((p) => [p.parcel_no, p]));
  });
  const dbFile = tmp.file('land.sqlite');
  const exportZip = (crs: string, encoding: string) => {
    const out = tmp.file(`${crs.replace(':', '')}-${encoding}.zip`);
    const r = runCli(['export', '--format', 'shp', '--out', out, '--zone', ZONE, '--crs', crs, '--encoding', encoding, '--db', dbFile, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const dir = tmp.file(`${crs.replace(':', '')}-${encoding}`);
    mkdirSync(dir);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return { out, dir, names: Object.keys(files), shp: join(dir, Object.keys(files).find((n) => n.endsWith('.shp')) ?? '') };
  };

  for (const [crs, encoding, parcelField, userField, areaField] of [
    ['EPSG:4526', 'gbk', '宗地编号', '土地使用权', '用地面积'],
    ['EPSG:4548', 'gbk', '宗地编号', '土地使用权', '用地面积'],
    ['EPSG:4490', 'utf-8', '宗地编', '土地使', '用地面'],
  ] as const) {
    it(`${crs} with ${encoding} attributes: ogrinfo reads the CRS, Chinese field names, every plot, valid polygons within 1 m`, () => {
      const { names, shp } = exportZip(crs, encoding);
      expect(names.map((n) => n.slice(-4)).sort()).toEqual(['.cpg', '.dbf', '.prj', '.shp', '.shx']);
      const info = execFileSync('ogrinfo', ['-so', '-al', shp], { encoding: 'utf8' });
      expect(info).toContain(`Feature Count: ${plots.size}`);
      expect(info).toMatch(new RegExp(`ID\\["EPSG",${crs.slice(5)}\\]\\]\\s*Data axis`));
      for (const f of [parcelField, userField, areaField]) expect(info).toContain(`\n${f}: `);
      const valid = execFileSync('ogrinfo', ['-q', '-dialect', 'sqlite', '-sql', 'SELECT sum(ST_IsValid(geometry)) AS valid FROM "' + names[0]?.slice(0, -4) + '"', shp], { encoding: 'utf8' });
      expect(valid).toContain(`valid (Integer) = ${plots.size}`);
      const json = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', '-t_srs', 'EPSG:4490', '-lco', 'COORDINATE_PRECISION=9', shp], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const features = (JSON.parse(json) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] }).features;
      expect(features).toHaveLength(plots.size);
      let worst = 0;
      for (const f of features) {
        const p = plots.get(String(f.properties[parcelField]));
        expect(p, String(f.properties[parcelField])).toBeDefined();
        if (!p) continue;
        expect(f.properties[userField] ?? null).toBe(p.land_user);
        expect(Number(f.properties[areaField])).toBeCloseTo(p.land_area_m2, 3);
        worst = Math.max(worst, worstVertexGap(ringsOf(JSON.parse(p.geometry) as { type: string; coordinates: unknown }), ringsOf(f.geometry)));
      }
      expect(worst).toBeLessThan(1);
    });
  }

  it('round trip through our importer: same plots updated, none created or rejected, areas equal, positions within 1 m', async () => {
    const { out } = exportZip('EPSG:4527', 'gbk');
    const before = (db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n;
    const r = await importFile(db, { fileName: 'export.zip', bytes: new Uint8Array(readFileSync(out)), dryRun: false, partial: false, now: new Date(), actor: 'test' });
    expect({ created: r.created, updated: r.updated, rejected: r.rejected }).toEqual({ created: 0, updated: plots.size, rejected: 0 });
    expect(r.table.crs).toBe('EPSG:4527');
    expect(r.table.encoding).toBe('gbk (cpg)');
    expect((db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n).toBe(before);
    let worst = 0;
    for (const after of db.prepare('SELECT parcel_no, land_user, land_area_m2, geometry FROM plots WHERE zone_id = ?').all(ZONE) as DbPlot[]) {
      const p = plots.get(after.parcel_no);
      expect(p).toBeDefined();
      if (!p) continue;
      expect(after.land_user).toBe(p.land_user);
      expect(after.land_area_m2).toBeCloseTo(p.land_area_m2, 3);
      worst = Math.max(worst, worstVertexGap(ringsOf(JSON.parse(p.geometry) as { type: string; coordinates: unknown }), ringsOf(JSON.parse(after.geometry) as { type: string; coordinates: unknown })));
    }
    expect(worst).toBeLessThan(1);
  });

  it('a UTF-8 export (field names cut to three characters) maps every column back in our importer', async () => {
    const { out } = exportZip('EPSG:4547', 'utf-8');
    const r = await importFile(db, { fileName: 'utf8.zip', bytes: new Uint8Array(readFileSync(out)), dryRun: true, partial: false, now: new Date(), actor: 'test' });
    expect({ created: r.created, updated: r.updated, rejected: r.rejected }).toEqual({ created: 0, updated: plots.size, rejected: 0 });
    expect(r.table.encoding).toBe('utf-8 (cpg)');
    const mapped = Object.fromEntries(r.mapping.map((m) => [m.column, m.field]));
    expect(mapped).toMatchObject({ 宗地编: 'parcelNo', 土地使: 'landUser', 统一社: 'creditCode', 用地面: 'landArea', 用地亩: null, 总建筑: 'floorArea', 约定开: 'agreedStartDate', 约定竣: 'agreedCompletionDate', 已开发: 'developedAreaShare' });
  });

  it('refuses an unknown --crs or --encoding with a clear message', () => {
    const bad = runCli(['export', '--format', 'shp', '--out', tmp.file('x.zip'), '--crs', 'EPSG:3857', '--db', dbFile]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--crs must be one of EPSG:4490, EPSG:4526, EPSG:4527, EPSG:4547, EPSG:4548');
    const enc = runCli(['export', '--format', 'shp', '--out', tmp.file('x.zip'), '--encoding', 'big5', '--db', dbFile]);
    expect(enc.stderr).toContain('--encoding must be gbk or utf-8');
  });
});
