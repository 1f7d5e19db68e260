import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/services/import/csv';
import { readDbf } from '../../electron/services/import/dbf';
import { readShapefileZip } from '../../electron/services/import/shapefileZip';
import { readShp } from '../../electron/services/import/shp';
import { crsFromEasting, crsFromWkt, toLonLat } from '../../shared/import/crs';
import { recogniseColumn } from '../../shared/import/fields';
import { FileReadError } from '../../shared/import/table';
import { parseDate, parseNumber } from '../../shared/import/values';
import { unzipSync } from 'fflate';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const SEED = 20_261_127;
const zone38 = unzipSync(new Uint8Array(readFileSync(join(FIXTURES, 'zone38_gbk.zip'))));
const part = (ext: string) => zone38[`zone38${ext}`] ?? new Uint8Array();

describe('CRS', () => {
  it('reads the .prj GDAL writes for EPSG:4526 and the other CGCS2000 GK variants', () => {
    expect(crsFromWkt(new TextDecoder().decode(part('.prj')))).toBe('EPSG:4526');
    const esri = (cm: number, fe: number) =>
      `PROJCS["x",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],UNIT["Meter",1.0]]`;
    expect(crsFromWkt(esri(117, 39500000))).toBe('EPSG:4527');
    expect(crsFromWkt(esri(114, 500000))).toBe('EPSG:4547');
    expect(crsFromWkt(esri(117, 500000.0))).toBe('EPSG:4548');
    expect(crsFromWkt(esri(111, 500000))).toBeNull();
    expect(crsFromWkt('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],AUTHORITY["EPSG","4490"]]')).toBe('EPSG:4490');
  });

  it('tells the zone from an 8-digit easting', () => {
    expect(crsFromEasting(38_496_512.3)).toBe('EPSG:4526');
    expect(crsFromEasting(39_412_000)).toBe('EPSG:4527');
    expect(crsFromEasting(40_412_000)).toBeNull();
    expect(crsFromEasting(496_512)).toBeNull();
  });

  it('reprojects as PROJ cs2cs does (fixture vertices within 1 mm)', () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { features: Record<string, { lonLat: [number, number][] }> };
    const shapes = readShp(part('.shp'));
    const first = shapes[0];
    const ring = first?.type === 'Polygon' ? (first.coordinates as number[][][])[0] : undefined;
    const truth = expected.features['FX38-001']?.lonLat ?? [];
    expect(ring).toHaveLength(truth.length);
    ring?.forEach(([x, y], i) => {
      const [lon, lat] = toLonLat('EPSG:4526', [x ?? NaN, y ?? NaN]);
      const [tLon, tLat] = truth[i] ?? [0, 0];
      expect(Math.abs(lon - tLon) * 90_000).toBeLessThan(0.001);
      expect(Math.abs(lat - tLat) * 111_000).toBeLessThan(0.001);
    });
  });
});

describe('headers', () => {
  it.each([
    ['用地面积（亩）', 'landArea', 'mu'], ['宗地面积/公顷', 'landArea', 'ha'], ['用地面积(㎡)', 'landArea', 'm2'], ['总建筑面积(平方米)', 'floorArea', 'm2'],
    ['土地使用权', 'landUser', null], ['约定开工日', 'agreedStartDate', null], ['统一社会信', 'creditCode', null], ['固定投资(万元)', 'fixedInvestment', 'wan'],
    ['成交价格（元）', 'landPrice', 'yuan'], ['用地单位', 'landUser', null], ['建筑占地面积', 'buildingFootprint', null], ['landAreaM2', 'landArea', 'm2'],
  ])('%s → %s', (header, field, unit) => {
    expect(recogniseColumn(header)).toMatchObject({ field, unit });
  });
  it('takes the metrics year from 2024年税收', () => expect(recogniseColumn('2024年税收（万元）')).toEqual({ field: 'annualTax', unit: 'wan', year: 2024 }));
});

describe('cell values', () => {
  it('reads text numbers with thousands separators and full-width digits', () => {
    expect(parseNumber('12,345.6')).toEqual({ ok: true, value: 12345.6 });
    expect(parseNumber('１２３４')).toEqual({ ok: true, value: 1234 });
    expect(parseNumber('35%', true)).toEqual({ ok: true, value: 0.35 });
    expect(parseNumber('abc').ok).toBe(false);
  });
  it('reads every date spelling to the same day', () => {
    for (const s of ['2021-05-01', '2021.05.01', '2021/5/1', '2021年5月1日', '20210501', 44317]) expect(parseDate(s)).toEqual({ ok: true, value: '2021-05-01' });
    expect(parseDate('2021-02-30').ok).toBe(false);
  });
  it('any integer with separators inserted parses back to itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(parseNumber(grouped)).toEqual({ ok: true, value: n });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('any calendar date written as 年月日 or serial reads back (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number);
        expect(parseDate(`${y}年${m}月${day}日`)).toEqual({ ok: true, value: iso });
        const serial = Math.floor((Date.UTC(y ?? 0, (m ?? 1) - 1, day ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(parseDate(serial)).toEqual({ ok: true, value: iso });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('CSV (property)', () => {
  it('round-trips any table of strings written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '宗', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) => rows.map((r) => r.slice(0, 2))), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text)).toEqual(rows);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('Shapefile readers on damaged bytes (property)', () => {
  const ends = (f: () => unknown) => {
    try {
      f();
      return true;
    } catch (e) {
      return e instanceof FileReadError || e instanceof RangeError ? true : e;
    }
  };
  it('any truncation or byte flip of the .shp, .dbf or the zip ends in a result or a FileReadError, never a hang or a crash', () => {
    const zip = zipSync({ 'a.shp': part('.shp'), 'a.dbf': part('.dbf'), 'a.prj': part('.prj'), 'a.cpg': part('.cpg') });
    const targets: [string, Uint8Array, (b: Uint8Array) => unknown][] = [
      ['shp', part('.shp'), (b) => readShp(b)],
      ['dbf', part('.dbf'), (b) => readDbf(b, 'gbk')],
      ['zip', zip, (b) => readShapefileZip(b)],
    ];
    for (const [, bytes, read] of targets) {
      fc.assert(
        fc.property(fc.nat({ max: bytes.length }), fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (cut, flips) => {
          const b = bytes.slice(0, cut);
          for (const [i, v] of flips) if (i < b.length) b[i] = v;
          expect(ends(() => read(b))).toBe(true);
        }),
        { seed: SEED, numRuns: 400 },
      );
    }
  });
  it('a .dbf cut short is refused with the record counts', () => {
    const dbf = part('.dbf');
    expect(() => readDbf(dbf.slice(0, dbf.length - 200), 'gbk')).toThrow(/announces 3 records but the file holds/);
  });
});
