import { describe, expect, it } from 'vitest';
import { bboxOf, type AreaGeometry } from '../../shared/domain/geometry';
import { MAX_PLOT_SHEETS, printUrl, readPrintParams } from '../../renderer/print/printParams';
import { sheetView } from '../../renderer/print/plotSheet/loadPlotSheets';
import { parseParcelList } from '../../renderer/features/report/parcelList';

describe('print route query', () => {
  it('reads a zone report and plot sheets, and writes back what it reads', () => {
    expect(readPrintParams('?zone=gaoxin&asOf=2026-06-30')).toEqual({ zone: 'gaoxin', asOf: '2026-06-30', lang: 'zh', footer: 'template' });
    const sheets = readPrintParams('?plots=a,b,,c&asOf=2026-06-30&lang=en&footer=css');
    expect(sheets).toEqual({ plots: ['a', 'b', 'c'], asOf: '2026-06-30', lang: 'en', footer: 'css' });
    const url = printUrl({ plots: ['a', 'b'], asOf: '2026-06-30', lang: 'en', footer: 'css' }, 'tok');
    expect(readPrintParams(url.slice(url.indexOf('?')))).toEqual({ plots: ['a', 'b'], asOf: '2026-06-30', lang: 'en', footer: 'css' });
    expect(url).toContain('token=tok');
  });

  it('refuses both or neither of zone and plots, a bad date, and too many plots', () => {
    expect(() => readPrintParams('?zone=gaoxin&plots=a&asOf=2026-06-30')).toThrow(/zone/);
    expect(() => readPrintParams('?asOf=2026-06-30')).toThrow(/either zone or plots/);
    expect(() => readPrintParams('?plots=&asOf=2026-06-30')).toThrow(/plots/);
    expect(() => readPrintParams('?zone=gaoxin&asOf=2026-02-30')).toThrow(/asOf/);
    const many = Array.from({ length: MAX_PLOT_SHEETS + 1 }, (_, i) => `p${i}`).join(',');
    expect(() => readPrintParams(`?plots=${many}&asOf=2026-06-30`)).toThrow(/plots/);
  });
});

describe('plot sheet helpers', () => {
  it('splits typed parcel numbers on commas, spaces, 、 and new lines, once each', () => {
    expect(parseParcelList(' A1, A2，A3、A4\nA5 ;A1 ')).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(parseParcelList('  \n ')).toEqual([]);
  });

  it('frames a plot with its surroundings: square in metres, at least 320 m across, centred on the plot', () => {
    const small: AreaGeometry = { type: 'Polygon', coordinates: [[[115.0, 35.7], [115.0005, 35.7], [115.0005, 35.7004], [115.0, 35.7004], [115.0, 35.7]]] };
    const [minLon, minLat, maxLon, maxLat] = sheetView(bboxOf(small));
    const k = Math.cos((35.7002 * Math.PI) / 180);
    const widthM = (maxLon - minLon) * k * 111_320;
    const heightM = (maxLat - minLat) * 111_320;
    expect(widthM).toBeCloseTo(320, 0);
    expect(heightM).toBeCloseTo(320, 0);
    expect((minLon + maxLon) / 2).toBeCloseTo(115.00025, 8);
    const big: AreaGeometry = { type: 'Polygon', coordinates: [[[115.0, 35.7], [115.01, 35.7], [115.01, 35.702], [115.0, 35.702], [115.0, 35.7]]] };
    const v = sheetView(bboxOf(big));
    // three times the plot's longer side (about 905 m east–west)
    expect((v[2] - v[0]) * Math.cos((35.701 * Math.PI) / 180) * 111_320).toBeCloseTo(0.01 * Math.cos((35.701 * Math.PI) / 180) * 111_320 * 3, 0);
  });
});
