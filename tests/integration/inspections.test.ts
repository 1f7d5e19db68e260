import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { polygonsOf } from '../../shared/domain/geometry';
import type { InspectionDraft } from '../../shared/schemas/inspection';
import { runJson } from './runCli';
import { makeJpeg } from './testPhoto';
import { seededApiSuite } from './seededApiSuite';

const TODAY = '2026-11-27';
const { db, file, call, fail, folder: t } = seededApiSuite({ now: `${TODAY}T08:00:00Z` });
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const photoFiles = () => (existsSync(t.file('photos')) ? readdirSync(t.file('photos')).sort() : []);

describe('inspections', () => {
  let plotId = '';
  let centre: [number, number] = [0, 0];
  let draft: InspectionDraft;

  it('finds an idle plot whose form is pre-filled with what it is suspected of', () => {
    const idle = call('plots.list', { asOf: TODAY }).find((p) => p.lifecycle === 'idle' && !p.governmentCause);
    if (!idle) throw new Error('the embedded data has no idle plot');
    plotId = idle.id;
    const ring = polygonsOf(call('plots.get', { asOf: TODAY, id: plotId }).geometry)[0]?.[0] ?? [];
    const pts = ring.slice(0, -1);
    centre = [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
    call('settings.user.set', { name: '李检查' });
    const form = call('inspections.form', { plotId, asOf: TODAY });
    expect(form).toMatchObject({ suspected: 'idle', inspector: '李检查', actualStartDate: null, last: null });
    expect(form.suspectedText?.zh).toContain('闲置');
    draft = {
      plotId,
      contractVersion: form.contractVersion,
      inspectedAt: `${TODAY}T09:30`,
      inspector: '李检查',
      planningPermitNo: '建字第410901202600123号',
      constructionPermitNo: '410901202611010101',
      started: true,
      startBasis: 'piles',
      startedOn: '2026-11-02',
      stage: 'foundation',
      percentBuilt: 5,
      developedAreaShare: 0.05,
      investedShare: 0.1,
      suspendedSince: null,
      completedOn: null,
      acceptanceNo: null,
      notes: '桩基已全部完成',
      position: { lon: centre[0], lat: centre[1], accuracyM: 5, source: 'entered' },
      photos: [],
    };
  });

  it('refuses a bad photo or a stale form and leaves rows and files exactly as they were', () => {
    const before = [count('inspections'), count('inspection_photos'), count('audit_log'), photoFiles().length];
    const jpeg = makeJpeg(t.dir, 'good', { lon: centre[0], lat: centre[1], takenAt: '2026-11-27T09:31:00' });
    const notImage = Buffer.from('%not an image at all, just text%').toString('base64');
    const bad = fail('inspections.save', {
      ...draft,
      photos: [{ fileName: 'good.jpg', dataBase64: jpeg.toString('base64') }, { fileName: 'notes.txt', dataBase64: notImage }],
    });
    expect(bad).toMatchObject({ code: 'bad-input' });
    expect(bad.message).toContain('photos.1 (notes.txt)');
    const stale = fail('inspections.save', { ...draft, contractVersion: draft.contractVersion + 1, photos: [{ fileName: 'good.jpg', dataBase64: jpeg.toString('base64') }] });
    expect(stale.code).toBe('conflict');
    expect(fail('inspections.save', { ...draft, inspectedAt: '2026-11-28T08:00' }).message).toContain('future');
    expect([count('inspections'), count('inspection_photos'), count('audit_log'), photoFiles().length]).toEqual(before);
    expect(call('plots.get', { asOf: TODAY, id: plotId }).plot.lifecycle).toBe('idle');
  });

  it('saves the visit with real JPEGs: files hashed into the data folder, EXIF read, outside photos flagged, lifecycle moved', () => {
    const inside = makeJpeg(t.dir, 'inside', { lon: centre[0], lat: centre[1], takenAt: '2026-11-27T09:31:05' });
    const outside = makeJpeg(t.dir, 'outside', { lon: centre[0] + 0.01, lat: centre[1], takenAt: '2026-11-27T09:40:00' });
    const plain = makeJpeg(t.dir, 'plain');
    const saved = call('inspections.save', {
      ...draft,
      photos: [
        { fileName: '现场东侧.jpg', dataBase64: inside.toString('base64') },
        { fileName: 'road.jpg', dataBase64: outside.toString('base64') },
        { fileName: 'plain.jpg', dataBase64: plain.toString('base64') },
      ],
    });
    expect(saved.before).toBe('idle');
    expect(saved.after).toBe('under-construction');
    expect(saved.changedFields.sort()).toEqual(['actualStartDate', 'developedAreaShare', 'investedShare'].sort());
    const [p1, p2, p3] = saved.inspection.photos;
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(p1).toMatchObject({ originalName: '现场东侧.jpg', sha256: sha(inside), bytes: inside.length, mime: 'image/jpeg', takenAt: '2026-11-27T09:31:05', outsidePlotM: null });
    expect(p1?.lon).toBeCloseTo(centre[0], 5);
    expect(p1?.lat).toBeCloseTo(centre[1], 5);
    expect(p2?.outsidePlotM).toBeGreaterThan(100);
    expect(p3).toMatchObject({ takenAt: null, lon: null, lat: null, outsidePlotM: null });
    expect(saved.warnings.map((w) => w.en)).toEqual([expect.stringMatching(/^Photo road\.jpg lies about \d+ m outside the plot$/)]);
    for (const [buf, photo] of [[inside, p1], [outside, p2], [plain, p3]] as const) {
      expect(readFileSync(join(t.dir, 'photos', `${photo?.sha256}.jpg`)).equals(buf)).toBe(true);
    }
    const back = call('inspections.photo', { photoId: p1?.id ?? '' });
    expect(Buffer.from(back.dataBase64, 'base64').equals(inside)).toBe(true);
    expect(call('plots.get', { asOf: TODAY, id: plotId }).plot).toMatchObject({ lifecycle: 'under-construction', actualStartDate: '2026-11-02', investedShare: 0.1 });
  });

  it('writes who, when, what, old → new and why to the audit log, shown as the plot history', () => {
    const history = call('audit.plot', { plotId });
    const start = history.find((h) => h.field === 'actualStartDate');
    expect(start).toMatchObject({ actor: '李检查', action: 'update', table: 'contracts', oldValue: 'null', newValue: '"2026-11-02"', at: `${TODAY}T08:00:00.000Z` });
    expect(start?.reason).toMatch(/^inspection /);
    expect(history.filter((h) => h.table === 'inspection_photos')).toHaveLength(3);
    expect(history.filter((h) => h.table === 'inspections')).toHaveLength(1);
  });

  it('plots --json reports the new lifecycle for that plot (the CLI reads the same database)', () => {
    const { parcelNo, zoneId } = call('plots.get', { asOf: TODAY, id: plotId }).plot;
    const rows = runJson<{ parcelNo: string; lifecycle: string | null; actualStartDate: string | null }[]>(['plots', '--db', file, '--zone', zoneId, '--as-of', TODAY]);
    expect(rows.find((r) => r.parcelNo === parcelNo)).toMatchObject({ lifecycle: 'under-construction', actualStartDate: '2026-11-02' });
  });
});
