import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polygonsOf } from '../../shared/domain/geometry';
import { ensureRendererBuilt } from '../e2e/appServer';
import { apiCaller, testDeps } from './apiCall';
import { pdfFonts, pdfPages, pdfText } from './pdfTools';
import { runCli } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';
import { makeJpeg } from './testPhoto';
import { notStartedInspection } from '../fixtures/inspectionDraft';

const TODAY = '2026-11-27';
/** pdftotext's layout mode spaces the footer's runs as the glyphs fall: compare page numbers without white space. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Images drawn on a page range, by poppler's pdfimages. */
function pdfImages(file: string, page: number): number {
  const r = spawnSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfimages failed: ${r.stderr}`);
  return r.stdout.split('\n').slice(2).filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l)).length;
}

/**
 * `report --plots`: plot sheets through the real CLI and Chromium, one A4 page per plot, with an inspection and its
 * photos saved through the API first (real JPEGs made with cjpeg and exiftool).
 */
describe('report --plots (plot sheets)', () => {
  const tmp = tempDir('land-sheets-');
  const db = tmp.file('sheets.sqlite');
  const out = tmp.file('sheets.pdf');
  let inspected = { id: '', parcelNo: '' };
  let other = { id: '', parcelNo: '', landUser: '' };
  let result: ReturnType<typeof runCli>;

  beforeAll(() => {
    ensureRendererBuilt();
    const { db: conn } = openSeeded(db);
    const { call } = apiCaller(() => testDeps(conn, db, `${TODAY}T08:00:00Z`));
    const plots = call('plots.list', { asOf: TODAY });
    const idle = plots.find((p) => p.lifecycle === 'idle' && !p.governmentCause);
    const failing = plots.find((p) => p.status === 'noncompliant' && p.zoneId !== idle?.zoneId);
    if (!idle || !failing) throw new Error('the embedded data has no idle or no noncompliant plot');
    inspected = { id: idle.id, parcelNo: idle.parcelNo };
    other = { id: failing.id, parcelNo: failing.parcelNo, landUser: failing.landUser ?? '' };
    const ring = polygonsOf(call('plots.get', { asOf: TODAY, id: idle.id }).geometry)[0]?.[0] ?? [];
    const [lon, lat] = ring[0] ?? [0, 0];
    call('settings.user.set', { name: '李检查' });
    const form = call('inspections.form', { plotId: idle.id, asOf: TODAY });
    const photo = (n: string, minute: number) => ({
      fileName: `${n}.jpg`,
      dataBase64: makeJpeg(tmp.dir, n, { lon, lat, takenAt: `${TODAY}T09:${minute}:00` }).toString('base64'),
    });
    call(
      'inspections.save',
      notStartedInspection({
        plotId: idle.id,
        contractVersion: form.contractVersion,
        inspectedAt: `${TODAY}T09:30`,
        inspector: '李检查',
        notes: '场地围挡，未见施工',
        position: { lon, lat, accuracyM: 5, source: 'entered' },
        photos: [photo('east', 31), photo('west', 32)],
      }),
    );
    conn.close();
    // One by parcel number, one by id: both are accepted.
    result = runCli(['report', '--plots', `${inspected.parcelNo},${other.id}`, '--out', out, '--as-of', TODAY, '--db', db, '--json']);
  });
  afterAll(() => tmp.remove());

  it('prints one page per plot, in the order given, each with its parcel, findings, lifecycle and page number', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ out, plots: [inspected.id, other.id], asOf: TODAY });
    expect(pdfPages(out)).toBe(2);
    const first = pdfText(out, 1, 1);
    expect(first).toContain('宗地核查表');
    expect(first).toContain(inspected.parcelNo);
    expect(first).toContain(`评价基准日 ${TODAY}`);
    expect(first).toContain('开发利用状态 · 闲置');
    expect(first).toContain('闲置起算');
    expect(first).toContain('本次核查记录');
    expect(squash(first)).toContain('第1页/共2页');
    const second = pdfText(out, 2, 2);
    expect(second).toContain(other.parcelNo);
    expect(second).toContain(other.landUser);
    expect(second).toContain('未达标');
    expect(second).toContain('未达到');
    expect(squash(second)).toContain('第2页/共2页');
  });

  it('shows the last inspection with its photos on the inspected plot only', () => {
    const first = pdfText(out, 1, 1);
    expect(first).toContain('最近一次现场检查 · 共 1 次检查');
    expect(first).toContain('李检查');
    expect(first).toContain('场地围挡，未见施工');
    expect(first).toContain(`${TODAY} 09:31:00`);
    expect(pdfText(out, 2, 2)).toContain('尚无现场检查记录');
    expect(pdfImages(out, 1)).toBe(2);
    expect(pdfImages(out, 2)).toBe(0);
  });

  it('embeds its fonts', () => {
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || !f.toUnicode)).toEqual([]);
  });

  it('prints in English with --lang en', () => {
    const en = tmp.file('sheet-en.pdf');
    const r = runCli(['report', '--plots', other.parcelNo, '--out', en, '--as-of', TODAY, '--db', db, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfPages(en)).toBe(1);
    const text = pdfText(en);
    expect(text).toContain('Plot inspection sheet');
    expect(text).toContain('Land-use evaluation');
    expect(text).toMatch(/Page\s*1\s*of\s*1/);
  });

  it('refuses unknown plots and mixed flags with exit 1, writing nothing', () => {
    const bad = tmp.file('bad.pdf');
    const unknown = runCli(['report', '--plots', `${other.parcelNo},NO-SUCH-PARCEL`, '--out', bad, '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"NO-SUCH-PARCEL"');
    const both = runCli(['report', '--plots', other.parcelNo, '--zone', 'gaoxin', '--out', bad, '--db', db]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('either --zone');
    const split = runCli(['report', '--plots', other.parcelNo, '--split', '--out', tmp.file('dir'), '--db', db]);
    expect(split.code).toBe(1);
    expect(() => pdfPages(bad)).toThrow();
  });
});
