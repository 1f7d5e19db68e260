import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belowFiveYearFloor } from '../../shared/rules/unsuppliedRates';
import { zoneShortLabel } from '../../renderer/i18n/zoneLabel';
import { ensureRendererBuilt } from '../e2e/appServer';
import { apiCaller, testDeps } from './apiCall';
import { pdfFonts, pdfPages, pdfText } from './pdfTools';
import { runCli } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

const AS_OF = '2026-06-30';
const ZONES = [
  '濮阳经济技术开发区',
  '濮阳高新技术产业开发区',
  '濮阳工业园区',
  '濮阳县先进制造业开发区',
  '清丰县先进制造业开发区',
  '南乐县先进制造业开发区',
  '范县先进制造业开发区',
  '台前县先进制造业开发区',
];
const CJK = /[\u4e00-\u9fff]/;

/** `report` through the real CLI: a real database from data/, Chromium, poppler to read the PDFs back. */
describe('report command (PDF via Chromium)', () => {
  const tmp = tempDir('land-report-');
  const db = tmp.file('report.sqlite');
  const zonePdf = tmp.file('gaoxin.pdf');
  const packPdf = tmp.file('pack.pdf');
  const englishPdf = tmp.file('taiqian-en.pdf');
  const results: Record<string, ReturnType<typeof runCli>> = {};

  beforeAll(() => {
    ensureRendererBuilt();
    results.zone = runCli(['report', '--zone', 'gaoxin', '--out', zonePdf, '--as-of', AS_OF, '--db', db]);
    results.pack = runCli(['report', '--zone', 'all', '--out', packPdf, '--as-of', AS_OF, '--db', db]);
    results.english = runCli(['report', '--zone', 'taiqian', '--out', englishPdf, '--as-of', AS_OF, '--db', db, '--lang', 'en']);
  });
  afterAll(() => tmp.remove());

  it('prints one zone: at least 3 pages, the zone, the date, the standards, page numbers on every page', () => {
    expect(results.zone?.code, results.zone?.stderr).toBe(0);
    const pages = pdfPages(zonePdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(zonePdf);
    expect(text).toContain('濮阳高新技术产业开发区');
    expect(text).toContain(AS_OF);
    expect(text).toContain('濮阳市开发区用地控制标准（调研报告）');
    expect(text).toContain('≥ 234');
    expect(text).toContain('一般工业项目亩均投资强度不低于234万元/亩');
    for (let p = 1; p <= pages; p += 1) {
      const page = pdfText(zonePdf, p, p);
      expect(page, `page ${p}`).toContain(`第 ${p} 页 / 共 ${pages} 页`);
      expect(page, `page ${p}`).toContain('濮阳高新技术产业开发区');
      expect(page, `page ${p}`).toContain(AS_OF);
    }
  });

  it('embeds every font, with Unicode maps, so the Chinese text survives', () => {
    const fonts = pdfFonts(zonePdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.every((f) => f.toUnicode)).toBe(true);
    expect(pdfText(zonePdf, 1, 1)).toMatch(CJK);
  });

  it('prints the city pack: eight zones of 3+ pages each plus the comparison with the survey figures', () => {
    expect(results.pack?.code, results.pack?.stderr).toBe(0);
    // Progress on stderr as the page counts the zones off.
    expect(results.pack?.stderr).toContain('已完成 8/8 个开发区');
    const pages = pdfPages(packPdf);
    expect(pages).toBeGreaterThanOrEqual(8 * 3 + 1);
    const text = pdfText(packPdf);
    for (const name of ZONES) expect(text).toContain(name);
    expect(text).toContain('全市开发区对比');
    expect(text).toContain('0.31–0.77');
    expect(text).toContain('1.08–15.2');
    // The dashboard's zone ranking (benchmark.ranking) is printed into the pack, both groups.
    expect(text).toContain('开发区综合评价排名');
    expect(text).toContain('第一组');
    expect(text).toContain('第二组');
    expect(pdfText(packPdf, 1, 1)).toContain(`第 1 页 / 共 ${pages} 页`);
    expect(pdfText(packPdf, pages, pages)).toContain(`第 ${pages} 页 / 共 ${pages} 页`);
    // The running header names each page's zone: count the pages of every zone.
    const perZone = new Map<string, number>();
    for (let p = 1; p <= pages; p += 1) {
      const header = pdfText(packPdf, p, p).split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
      const zone = ZONES.find((name) => header.startsWith(name));
      if (zone) perZone.set(zone, (perZone.get(zone) ?? 0) + 1);
    }
    for (const name of ZONES) expect(perZone.get(name) ?? 0, name).toBeGreaterThanOrEqual(3);
  });

  it("gives the comparison 近五年供地率 (under 60 % marked) and 本年处置率, each zone's as zones.list has them", () => {
    expect(results.pack?.code, results.pack?.stderr).toBe(0);
    const { db: conn } = openSeeded(db);
    const zones = apiCaller(() => testDeps(conn, db, `${AS_OF}T08:00:00Z`)).call('zones.list', { asOf: AS_OF });
    conn.close();
    const pages = pdfPages(packPdf);
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdfText(packPdf, p, p).includes('全市开发区对比'));
    const text = pdfText(packPdf, page, page);
    const lines = text.split('\n');
    // The headers wrap before their units: the first header line ends with the two new columns after 批而未供.
    const header = lines.find((l) => l.includes('开发区') && l.includes('宗地数')) ?? '';
    expect(header).toMatch(/批而未供\s+近五年供地率\s+本年处置率\s*$/);
    const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
    for (const z of zones) {
      const { fiveYear, disposal } = z.kpi.unsuppliedRates;
      const row = lines.find((l) => l.trimStart().startsWith(`${zoneShortLabel(z, 'zh')} `)) ?? '';
      expect(row, z.id).toMatch(new RegExp(`\\s${percent(fiveYear.rate).replace('.', '\\.')}\\s+${percent(disposal.rate).replace('.', '\\.')}\\s*$`));
    }
    const below = zones.filter((z) => belowFiveYearFloor(z.kpi.unsuppliedRates.fiveYear.rate)).length;
    expect(below).toBeGreaterThan(0);
    // The mark sits on its own line under the zone's figure.
    expect(lines.filter((l) => l.trim() === '低于 60%')).toHaveLength(below);
    expect(text.replace(/\s+/g, '')).toContain('核减撤回面积无日期，未计入本年处置率');
  });

  it('prints in English with --lang en', () => {
    expect(results.english?.code, results.english?.stderr).toBe(0);
    const pages = pdfPages(englishPdf);
    const first = pdfText(englishPdf, 1, 1);
    expect(first).toContain('Taiqian County Advanced Manufacturing Development Zone');
    expect(first).toContain(`Page 1 of ${pages}`);
    expect(pdfText(englishPdf)).toContain('Indicators against the standards');
  });

  it('refuses an unknown zone or a non-PDF output with exit 1 and writes nothing', () => {
    const bad = runCli(['report', '--zone', 'nowhere', '--out', tmp.file('x.pdf'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown zone "nowhere"');
    const notPdf = runCli(['report', '--zone', 'gaoxin', '--out', tmp.file('x.txt'), '--db', db]);
    expect(notPdf.code).toBe(1);
    expect(notPdf.stderr).toContain('.pdf');
    expect(() => pdfPages(tmp.file('x.pdf'))).toThrow();
  });
});
