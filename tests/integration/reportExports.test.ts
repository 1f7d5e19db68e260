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

const AS_OF = '2026-06-30';
const squash = (s: string) => s.replace(/\s+/g, '');
type Summary = { id: string; name: string; plotCount: number; landAreaMu: number; plotRatio: number | null; taxPerMu: number | null; supplyRate: number | null }[];

/** The report's tables as .xlsx (read back with read-excel-file) and the city pack split into one PDF per zone. */
describe('report --xlsx and --split', () => {
  const tmp = tempDir('land-report-exports-');
  const db = tmp.file('exports.sqlite');
  const packXlsx = tmp.file('pack.xlsx');
  const splitDir = tmp.file('zones');
  let summary: Summary;
  let reports: ApiOutput<'report.zone'>[];
  const runs: Record<string, ReturnType<typeof runCli>> = {};

  beforeAll(() => {
    ensureRendererBuilt();
    summary = runJson<Summary>(['summary', '--as-of', AS_OF, '--db', db]);
    const { db: conn } = openSeeded(db);
    const { call } = apiCaller(() => testDeps(conn, db, `${AS_OF}T08:00:00Z`));
    reports = summary.map((z) => call('report.zone', { asOf: AS_OF, zoneId: z.id }));
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
    const [kpi, failing, idle, batches] = sheets.map((s) => s.data.slice(2));
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

  it('writes a zone workbook and its PDF in one run, and refuses a non-.xlsx name', { timeout: 240_000 }, async () => {
    const xlsx = tmp.file('gaoxin.xlsx');
    const pdf = tmp.file('gaoxin.pdf');
    const r = runCli(['report', '--zone', 'gaoxin', '--out', pdf, '--xlsx', xlsx, '--as-of', AS_OF, '--db', db], undefined, 180_000);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    const kpi = await readSheet(xlsx);
    expect(String(kpi[0]?.[0])).toContain('濮阳高新技术产业开发区');
    expect(kpi.slice(2).map((row) => row[0])).toEqual(['濮阳高新技术产业开发区']);
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
