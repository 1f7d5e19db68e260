import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import { ensureRendererBuilt } from '../e2e/appServer';
import { apiCaller, testDeps } from './apiCall';
import { pdfPages, pdfText } from './pdfTools';
import { runCli, runJson } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';
import { m2ToMu } from '../../shared/domain/units';
import { belowFiveYearFloor } from '../../shared/rules/unsuppliedRates';

const AS_OF = '2026-06-30';
const squash = (s: string) => s.replace(/\s+/g, '');
/** The data rows of a sheet: after the title and header rows, up to the blank row before the notes. */
const dataRows = (rows: readonly (readonly unknown[])[]) => {
  const body = rows.slice(2);
  const blank = body.findIndex((r) => r.every((c) => c === null));
  return blank < 0 ? body : body.slice(0, blank);
};
const disposalPeriodOf = (zs: ApiOutput<'zones.list'>) => {
  const d = zs[0]?.kpi.unsuppliedRates.disposal;
  return { from: d?.from, to: d?.to };
};
type Summary = { id: string; name: string; plotCount: number; landAreaMu: number; plotRatio: number | null; taxPerMu: number | null; supplyRate: number | null }[];

/** The report's tables as .xlsx (read back with read-excel-file) and the city pack split into one PDF per zone. */
describe('report --xlsx and --split', () => {
  const tmp = tempDir('land-report-exports-');
  const db = tmp.file('exports.sqlite');
  const packXlsx = tmp.file('pack.xlsx');
  const splitDir = tmp.file('zones');
  let summary: Summary;
  let reports: ApiOutput<'report.zone'>[];
  let zones: ApiOutput<'zones.list'>;
  const runs: Record<string, ReturnType<typeof runCli>> = {};

  beforeAll(() => {
    ensureRendererBuilt();
    summary = runJson<Summary>(['summary', '--as-of', AS_OF, '--db', db]);
    const { db: conn } = openSeeded(db);
    const { call } = apiCaller(() => testDeps(conn, db, `${AS_OF}T08:00:00Z`));
    reports = summary.map((z) => call('report.zone', { asOf: AS_OF, zoneId: z.id }));
    zones = call('zones.list', { asOf: AS_OF });
    conn.close();
    runs.xlsx = runCli(['report', '--zone', 'all', '--xlsx', packXlsx, '--as-of', AS_OF, '--db', db, '--json']);
    // Eight prints in a row: more than the helper's default minute on a busy 2-core machine.
    runs.split = runCli(['report', '--zone', 'all', '--out', splitDir, '--split', '--as-of', AS_OF, '--db', db, '--json'], undefined, 300_000);
  }, 400_000);
  afterAll(() => tmp.remove());

  it('writes the four tables of the whole pack, titled with the date, one row per zone, plot or batch', async () => {
    expect(runs.xlsx?.code, runs.xlsx?.stderr).toBe(0);
    expect(JSON.parse(runs.xlsx?.stdout ?? '')).toMatchObject({ out: null, zone: 'all', xlsx: packXlsx, asOf: AS_OF });
    const sheets = await readXlsxFile(packXlsx);
    expect(sheets.map((s) => s.sheet)).toEqual(['主要指标', '不达标宗地', '闲置及逾期宗地', '批而未供批次']);
    for (const s of sheets) expect(String(s.data[0]?.[0])).toContain(`截至 ${AS_OF}`);
    const [kpi, failing, idle, batches] = sheets.map((s) => dataRows(s.data));
    expect(kpi).toHaveLength(8);
    for (const z of summary) {
      const row = kpi?.find((r) => r[0] === z.name);
      expect(row, z.name).toBeDefined();
      expect(row?.[1]).toBe(z.plotCount);
      expect(row?.[2]).toBeCloseTo(z.landAreaMu, 2);
      if (z.plotRatio !== null) expect(row?.[3]).toBeCloseTo(z.plotRatio, 4);
      if (z.taxPerMu !== null) expect(row?.[6]).toBeCloseTo(z.taxPerMu, 2);
      if (z.supplyRate !== null) expect(row?.[7]).toBeCloseTo(z.supplyRate * 100, 2);
    }
    expect(failing).toHaveLength(reports.reduce((n, r) => n + r.noncompliant.reduce((m, p) => m + p.failures.length, 0), 0));
    expect(idle).toHaveLength(reports.reduce((n, r) => n + r.idle.length, 0));
    expect(batches).toHaveLength(reports.reduce((n, r) => n + r.batches.length, 0));
    // Numbers stay numbers, so the sheet sums; the standard reads as the report prints it.
    const first = reports.find((r) => r.noncompliant.length > 0)?.noncompliant[0];
    const row = failing?.find((r) => r[1] === first?.parcelNo);
    expect(typeof row?.[5]).toBe('number');
    expect(row?.[6]).toMatch(/^[≥≤<>] \d/);
  });

  it("gives each zone's 近五年供地率 and 本年处置率 with their sums and period as zones.list has them, and the withdrawal caveat", async () => {
    const rows = (await readXlsxFile(packXlsx))[0]?.data ?? [];
    const header = rows[1] ?? [];
    const at = (name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThan(0);
      return i;
    };
    const cols = {
      approved: at('近五年批准（亩）'),
      supplied: at('近五年已供应（亩）'),
      fiveYear: at('近五年供地率（%）'),
      period: at('处置期间'),
      stock: at('年初批而未供（亩）'),
      disposed: at('本年处置（亩）'),
      disposal: at('本年处置率（%）'),
    };
    const kpi = dataRows(rows);
    expect(kpi).toHaveLength(zones.length);
    let flagged = 0;
    for (const z of zones) {
      const { fiveYear, disposal } = z.kpi.unsuppliedRates;
      const row = kpi.find((r) => r[0] === z.name);
      expect(row, z.name).toBeDefined();
      expect(row?.[cols.approved]).toBeCloseTo(m2ToMu(fiveYear.approvedAreaM2), 3);
      expect(row?.[cols.supplied]).toBeCloseTo(m2ToMu(fiveYear.suppliedAreaM2), 3);
      expect(row?.[cols.stock]).toBeCloseTo(m2ToMu(disposal.unsuppliedAtStartM2), 3);
      expect(row?.[cols.disposed]).toBeCloseTo(m2ToMu(disposal.disposedAreaM2), 3);
      expect(row?.[cols.period]).toBe(`${disposal.from} 至 ${disposal.to}`);
      for (const [col, rate] of [[cols.fiveYear, fiveYear.rate], [cols.disposal, disposal.rate]] as const) {
        if (rate === null) expect(row?.[col]).toBeNull();
        else expect(row?.[col]).toBeCloseTo(rate * 100, 2);
      }
      if (belowFiveYearFloor(fiveYear.rate)) flagged += 1;
    }
    // The seeded data has zones on both sides of the 60 % line.
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(zones.length);
    expect(disposalPeriodOf(zones)).toEqual({ from: '2026-01-01', to: AS_OF });
    const notes = rows.slice(2 + kpi.length + 1).map((r) => String(r[0]));
    expect(notes.some((n) => n.includes('核减撤回面积无日期，未计入本年处置率'))).toBe(true);
    expect(notes.some((n) => n.includes('60%'))).toBe(true);
  });

  it('writes a zone workbook and its PDF in one run, and refuses a non-.xlsx name', { timeout: 240_000 }, async () => {
    const xlsx = tmp.file('gaoxin.xlsx');
    const pdf = tmp.file('gaoxin.pdf');
    const r = runCli(['report', '--zone', 'gaoxin', '--out', pdf, '--xlsx', xlsx, '--as-of', AS_OF, '--db', db], undefined, 180_000);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    const kpi = await readSheet(xlsx);
    expect(String(kpi[0]?.[0])).toContain('濮阳高新技术产业开发区');
    expect(dataRows(kpi).map((row) => row[0])).toEqual(['濮阳高新技术产业开发区']);
    const bad = runCli(['report', '--zone', 'gaoxin', '--xlsx', tmp.file('gaoxin.csv'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('.xlsx');
  });

  it('splits the pack into one PDF per zone, each a complete report with its own page numbers', () => {
    expect(runs.split?.code, runs.split?.stderr).toBe(0);
    const files = readdirSync(splitDir).sort();
    expect(files).toEqual((JSON.parse(runs.split?.stdout ?? '') as { files: string[] }).files.map((f) => f.slice(splitDir.length + 1)));
    expect(files).toHaveLength(8);
    expect(files.every((f) => f.endsWith('.pdf') && !f.endsWith('.part'))).toBe(true);
    for (const z of summary) {
      const file = files.find((f) => f.includes(`-${z.id}-`));
      expect(file, z.id).toBeDefined();
      const path = join(splitDir, file ?? '');
      const pages = pdfPages(path);
      expect(pages, z.id).toBeGreaterThanOrEqual(3);
      const text = pdfText(path);
      expect(text).toContain(z.name);
      expect(text).not.toContain('全市开发区对比');
      expect(squash(pdfText(path, pages, pages))).toContain(`第${pages}页/共${pages}页`);
    }
    expect(runCli(['report', '--zone', 'all', '--split', '--db', db]).stderr).toContain('--out DIR');
  });
});
