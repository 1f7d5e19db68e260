import { describe, expect, it } from 'vitest';
import { API, type ApiMethod } from '../../shared/api/contract';
import { dispatchAsync } from '../../electron/api/dispatch';
import { seededApiSuite } from './seededApiSuite';

const TODAY = '2026-11-27';
const CJK = /[\u4e00-\u9fff]/u;
const { db, deps, call, fail } = seededApiSuite({ now: `${TODAY}T08:00:00Z` });
const auditRows = () => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('API refusals in both languages (real handlers, real database)', () => {
  it('not found: the id the caller sent, in English and in Chinese', () => {
    expect(fail('plots.get', { asOf: TODAY, id: 'NOPE-1' })).toEqual({ code: 'not-found', message: 'plot NOPE-1 not found', messageZh: '未找到宗地 NOPE-1' });
    expect(fail('report.zone', { asOf: TODAY, zoneId: 'atlantis' })).toEqual({ code: 'not-found', message: 'zone atlantis not found', messageZh: '未找到开发区 atlantis' });
    expect(fail('cases.step', { caseId: 'c-0', rowVersion: 1, state: 'investigation-notice', date: TODAY, documentNo: 'A', cause: null, note: '', attachments: [] })).toEqual({
      code: 'not-found',
      message: 'case c-0 not found',
      messageZh: '未找到案件 c-0',
    });
  });

  it('bad input caught by the schema: each field named, what is wrong said in Chinese', () => {
    const e = fail('cases.open', { plotId: '', asOf: TODAY, date: '2026/11/20', note: '' });
    expect(e.code).toBe('bad-input');
    expect(e.message).toBe('cases.open.plotId: Too small: expected string to have >=1 characters; cases.open.date: expected a calendar date YYYY-MM-DD');
    expect(e.messageZh).toBe('cases.open.plotId：不能为空；cases.open.date：日期格式应为 YYYY-MM-DD（且为有效日期）');
    expect(fail('warnings.list', { asOf: TODAY, horizonDays: 999 }).messageZh).toBe('warnings.list.horizonDays：超出范围：应 ≤ 366');
  });

  it('conflict on a stale row version, and nothing written', () => {
    const plot = call('plots.list', { asOf: TODAY }).find((p) => p.lifecycle !== null);
    if (!plot) throw new Error('no plot with a contract in the embedded data');
    const { contractVersion } = call('inspections.form', { plotId: plot.id, asOf: TODAY });
    const before = auditRows();
    const stale = fail('plots.governmentCause.set', { plotId: plot.id, contractVersion: contractVersion + 3, governmentCause: true, ground: 'plan-revision', reason: '控规调整' });
    expect(stale).toEqual({
      code: 'conflict',
      message: `plot ${plot.id}: the contract changed since it was read; reload`,
      // Ids are UUIDs: the Chinese names the plot by its 宗地编号 first.
      messageZh: `宗地 ${plot.parcelNo}（${plot.id}）：供地合同在读取后已被他人修改，请刷新后重试`,
    });
    const row = db.prepare('SELECT credit_code AS c FROM plots WHERE credit_code IS NOT NULL LIMIT 1').get() as { c: string };
    const note = fail('benchmark.review.set', { creditCode: row.c, year: 2025, status: 'objection', note: '企业提出异议', rowVersion: 4 });
    expect(note.code).toBe('conflict');
    expect(note.message).toContain('someone changed it meanwhile');
    expect(note.messageZh).toBe(`统一社会信用代码 ${row.c}（2025 年）的异议/复核记录已被他人修改（当前版本 无，您看到的是 4），请刷新后重新编辑`);
    expect(auditRows()).toBe(before);
  });

  it('domain refusals (future date, year without data, shp-only options, unreadable file) carry their Chinese', async () => {
    const plot = call('plots.list', { asOf: TODAY })[0];
    if (!plot) throw new Error('no plots');
    expect(fail('cases.open', { plotId: plot.id, asOf: TODAY, date: '2026-12-01', note: '' })).toEqual({
      code: 'bad-input',
      message: 'date: a case cannot be opened in the future',
      messageZh: 'date：立案日期不能晚于今天',
    });
    const year = fail('benchmark.grading', { asOf: TODAY, year: 2030 });
    expect(year.message).toMatch(/^year: year 2030 has no metrics \(years with data: \d{4}(, \d{4})*\)$/);
    expect(year.messageZh).toMatch(/^year：2030 年没有指标数据（有数据的年份：\d{4}(、\d{4})*）$/);
    const csv = await dispatchAsync(deps, 'export.file', { format: 'csv', crs: 'EPSG:4526' }, () => {});
    expect(csv).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'crs and encoding apply to the shp format only', messageZh: '坐标系（crs）和编码（encoding）只适用于 Shapefile（shp）格式' },
    });
    const xls = await dispatchAsync(deps, 'import.preview', { fileName: '宗地台账.xls', contentBase64: Buffer.from('not a workbook').toString('base64') }, () => {});
    expect(xls.ok).toBe(false);
    if (xls.ok) return;
    expect(xls.error.code).toBe('bad-input');
    expect(xls.error.message).toContain('legacy .xls is not supported');
    expect(xls.error.messageZh).toBe('宗地台账.xls：不支持旧版 .xls 格式，请另存为 .xlsx');
  });

  it('every method, called with nothing or with junk, refuses in Chinese as well (only internal errors excepted)', async () => {
    const methods = Object.keys(API) as ApiMethod[];
    let refusals = 0;
    for (const method of methods) {
      for (const input of [{}, { junk: 1 }, 'not an object']) {
        const r = await dispatchAsync(deps, method, input, () => {});
        if (r.ok) continue;
        expect(r.error.code, `${method} ${JSON.stringify(input)}: ${r.error.message}`).not.toBe('internal');
        expect(r.error.messageZh, `${method} ${JSON.stringify(input)}: ${r.error.message}`).toMatch(CJK);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(methods.length * 2);
    const unknown = await dispatchAsync(deps, 'plots.delete', {}, () => {});
    expect(unknown).toEqual({ ok: false, error: { code: 'not-found', message: 'unknown method plots.delete', messageZh: '未知的接口方法 plots.delete' } });
  });
});
