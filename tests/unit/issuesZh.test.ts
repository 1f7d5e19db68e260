import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API } from '../../shared/api/contract';
import { OnlineBasemap } from '../../shared/geo/onlineBasemap';
import { describeIssues } from '../../shared/schemas/issues';
import { describeIssuesZh } from '../../shared/schemas/issuesZh';
import { notStartedInspection } from '../fixtures/inspectionDraft';

/** Parses `input` with the real input schema of an API method and returns both renderings of its issues. */
function refusal(method: keyof typeof API, input: unknown): { en: string[]; zh: string[] } {
  const r = (API[method].input as z.ZodType).safeParse(input);
  if (r.success) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  return { en: describeIssues(r.error, method), zh: describeIssuesZh(r.error, method) };
}

const VALID_INSPECTION = notStartedInspection({ plotId: 'P1' });

describe('describeIssuesZh (zod issues in Chinese, on the API schemas)', () => {
  it('names the method and field path as the English does, one line per issue', () => {
    const r = refusal('cases.open', { asOf: '2026-11-27', note: 'x' });
    expect(r.en).toEqual(['cases.open.plotId: Invalid input: expected string, received undefined', 'cases.open.date: Invalid input: expected string, received undefined']);
    expect(r.zh).toEqual(['cases.open.plotId：缺少字段', 'cases.open.date：缺少字段']);
  });

  it('says wrong types, empty text, ranges, dates and choices', () => {
    expect(refusal('warnings.list', { asOf: '2026-11-27', horizonDays: '30' }).zh).toEqual(['warnings.list.horizonDays：应为数字']);
    expect(refusal('warnings.list', { asOf: '2026-11-27', horizonDays: 400 }).zh).toEqual(['warnings.list.horizonDays：超出范围：应 ≤ 366']);
    expect(refusal('warnings.list', { asOf: '2026-11-27', horizonDays: -1 }).zh).toEqual(['warnings.list.horizonDays：超出范围：应 ≥ 0']);
    expect(refusal('warnings.list', { asOf: '2026-11-27', horizonDays: 1.5 }).zh).toEqual(['warnings.list.horizonDays：应为整数']);
    expect(refusal('settings.user.set', { name: '   ' }).zh).toEqual(['settings.user.set.name：不能为空']);
    expect(refusal('settings.user.set', { name: '王'.repeat(51) }).zh).toEqual(['settings.user.set.name：最多 50 个字符']);
    expect(refusal('warnings.list', { asOf: '2026-02-30', horizonDays: 30 }).zh).toEqual(['warnings.list.asOf：日期格式应为 YYYY-MM-DD（且为有效日期）']);
    expect(refusal('export.file', { format: 'pdf' }).zh).toEqual(['export.file.format：取值应为 xlsx/csv/geojson/shp']);
  });

  it('names fields the schema does not know, and list limits', () => {
    expect(refusal('settings.user.set', { name: '王', role: 'admin' }).zh).toEqual(['settings.user.set：不认识的字段：role']);
    const photo = { fileName: 'a.jpg', dataBase64: 'AAAA' };
    const tooMany = refusal('inspections.save', { ...VALID_INSPECTION, photos: Array.from({ length: 7 }, () => photo) }).zh;
    expect(tooMany).toContain('inspections.save.photos：最多 6 项');
  });

  it("translates our own schemas' refinements (Art. 8 ground, Art. 30 start checks)", () => {
    expect(refusal('plots.governmentCause.set', { plotId: 'P1', contractVersion: 1, governmentCause: true, ground: null, reason: null }).zh).toEqual([
      'plots.governmentCause.set.ground：政府原因造成的闲置须选择第八条情形',
    ]);
    const started = refusal('inspections.save', { ...VALID_INSPECTION, started: true });
    expect(started.zh).toEqual([
      'inspections.save.startedOn：已动工须填写动工日期',
      'inspections.save.startBasis：须说明符合第三十条哪一项',
      'inspections.save.constructionPermitNo：取得施工许可证后方可认定动工（第三十条）',
      'inspections.save.stage：已动工的项目进度不能是“未动工”',
    ]);
    expect(started.en).toHaveLength(started.zh.length);
  });

  it('translates the online basemap checks the settings dialog runs itself (an empty label gives the field alone)', () => {
    const r = OnlineBasemap.safeParse({ kind: 'xyz', url: 'ftp://tiles.example/{z}/{x}/{y}.png', subdomains: '', datum: 'cgcs2000', attribution: ' ', maxZoom: 30 });
    if (r.success) throw new Error('accepted a bad source');
    expect(describeIssuesZh(r.error, '')).toEqual(expect.arrayContaining(['attribution：请填写地图来源（版权说明）', 'maxZoom：超出范围：应 ≤ 22']));
    const key = OnlineBasemap.safeParse({ kind: 'tianditu', key: 'nope', layer: 'vec', labels: true, reviewNumber: '' });
    if (key.success) throw new Error('accepted a bad key');
    expect(describeIssuesZh(key.error, '')).toContain('key：天地图密钥（tk）应为 32 位十六进制字符');
  });

  it('never leaves a line without Chinese, and keeps an unknown custom message visible', () => {
    const inputs: [keyof typeof API, unknown][] = [
      ['plots.get', { asOf: 'yesterday', id: '' }],
      ['cases.step', { caseId: 'c', rowVersion: 0, state: 'nope', date: '2026-1-1', cause: 'x', note: 5, attachments: 'a' }],
      ['benchmark.settings.set', { settings: 'all of them' }],
      ['export.file', { format: 'shp', crs: 'EPSG:3857', encoding: 'latin1', extra: true }],
    ];
    for (const [method, input] of inputs) {
      const r = refusal(method, input);
      expect(r.zh.length, method).toBe(r.en.length);
      for (const line of r.zh) expect(line, method).toMatch(/[\u4e00-\u9fff]/u);
    }
    const odd = z.object({ v: z.string().refine(() => false, 'a check nobody translated') }).safeParse({ v: 'x' });
    if (odd.success) throw new Error('accepted');
    expect(describeIssuesZh(odd.error, 'm')).toEqual(['m.v：不符合要求（a check nobody translated）']);
  });
});
