import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodePlotColumns, PlotColumns } from '../../shared/api/columnar/plotColumns';
import type { PlotRow, PlotShape } from '../../shared/api/views';
import { polygonsOf } from '../../shared/domain/geometry';
import { embeddedDataset } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

const asOf = embeddedDataset().meta.referenceDate;
const { db, deps, callAs: call } = seededApiSuite({ now: `${asOf}T08:00:00Z` });

describe('plots.columns', () => {
  it('carries every plots.list row exactly, and every plots.shapes geometry within 1e-7 degree', () => {
    const columns = call<PlotColumns>('plots.columns', { asOf });
    // The answer survives JSON (the HTTP transport) and matches its declared schema.
    const wire = PlotColumns.parse(JSON.parse(JSON.stringify(columns)));
    const { rows, shapes } = decodePlotColumns(wire);
    const list = call<PlotRow[]>('plots.list', { asOf });
    expect(list.length).toBeGreaterThan(500);
    expect(rows.length).toBe(list.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const expected of list) {
      const got = byId.get(expected.id);
      expect(got && { ...got, bbox: got.bbox.map((v) => Math.round(v * 1e5)) }).toEqual({ ...expected, bbox: expected.bbox.map((v) => Math.round(v * 1e5)) });
    }
    const shapeById = new Map(shapes.map((s) => [s.id, s]));
    for (const expected of call<PlotShape[]>('plots.shapes', {})) {
      const got = shapeById.get(expected.id);
      expect(got?.zoneId).toBe(expected.zoneId);
      const a = polygonsOf(expected.geometry).flat(2);
      const b = got ? polygonsOf(got.geometry).flat(2) : [];
      expect(b.length).toBe(a.length);
      a.forEach(([lon, lat], i) => {
        expect(Math.abs((b[i]?.[0] ?? NaN) - lon)).toBeLessThanOrEqual(0.6e-7);
        expect(Math.abs((b[i]?.[1] ?? NaN) - lat)).toBeLessThanOrEqual(0.6e-7);
      });
    }
  });

  it('is recomputed after a write on this connection and after a commit from another one (the CLI)', () => {
    const first = decodePlotColumns(call<PlotColumns>('plots.columns', { asOf })).rows[0];
    if (!first) throw new Error('no plots');
    expect(call<PlotColumns>('plots.columns', { asOf })).toBe(call<PlotColumns>('plots.columns', { asOf }));

    db.prepare('UPDATE plots SET land_user = ? WHERE id = ?').run('同一连接写入', first.id);
    expect(decodePlotColumns(call<PlotColumns>('plots.columns', { asOf })).rows[0]?.landUser).toBe('同一连接写入');

    const other = new Database(deps.databasePath);
    other.prepare('UPDATE plots SET land_user = ? WHERE id = ?').run('另一连接写入', first.id);
    other.close();
    expect(decodePlotColumns(call<PlotColumns>('plots.columns', { asOf })).rows[0]?.landUser).toBe('另一连接写入');
    const zones = call<{ kpi: { plotCount: number } }[]>('zones.list', { asOf });
    expect(zones.reduce((s, z) => s + z.kpi.plotCount, 0)).toBe(call<PlotRow[]>('plots.list', { asOf }).filter((p) => p.supplied).length);
  });

  it('refuses damaged columns with a message naming the column', () => {
    const columns = call<PlotColumns>('plots.columns', { asOf });
    expect(() => decodePlotColumns({ ...columns, text: { ...columns.text, parcelNo: { joined: 'x', lengths: columns.text.parcelNo?.lengths ?? '' } } })).toThrow(/parcelNo/);
    expect(() => decodePlotColumns({ ...columns, geometry: { ...columns.geometry, coords: columns.geometry.coords.slice(0, -4) } })).toThrow(/geometry/);
    expect(() => decodePlotColumns({ ...columns, geometry: { ...columns.geometry, coords: `!${columns.geometry.coords.slice(1)}` } })).toThrow(/base64/);
    expect(() => decodePlotColumns({ ...columns, dict: { ...columns.dict, status: { values: ['bogus'], index: columns.dict.status?.index ?? [] } } })).toThrow();
  });
});
