import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import { seededApiSuite } from './seededApiSuite';

const TODAY = '2026-11-27';
const { db, call, fail } = seededApiSuite({ now: `${TODAY}T08:00:00Z` });
const snapshot = () =>
  ['cases', 'case_steps', 'audit_log'].map((tb) => (db.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n);

beforeAll(() => {
  call('settings.user.set', { name: '王处置' });
});

describe('disposal cases', () => {
  let plotId = '';
  let kase: ApiOutput<'cases.open'>;

  it('opens a case on an idle plot, with the 30-day investigation limit running', () => {
    const warnings = call('warnings.list', { asOf: TODAY, horizonDays: 30 });
    const idle = warnings.rows.find((r) => r.status === 'idle-reclaimable');
    if (!idle) throw new Error('no reclaimable plot in the embedded data');
    plotId = idle.plotId;
    kase = call('cases.open', { plotId, asOf: TODAY, date: '2026-11-20', note: '巡查发现' });
    expect(kase).toMatchObject({ state: 'suspected', nextStates: ['investigation-notice', 'closed-development-started'], rowVersion: 1 });
    expect(kase.deadlines).toEqual([expect.objectContaining({ id: 'investigation-notice', from: '2026-11-20', due: '2026-12-20', metOn: null, overdue: false })]);
    expect(fail('cases.open', { plotId, asOf: TODAY, date: '2026-11-21', note: '' }).message).toContain('already has an open case');
    // The warnings list now shows the case, and its deadline is on the 30-day agenda.
    const after = call('warnings.list', { asOf: TODAY, horizonDays: 30 });
    expect(after.rows.find((r) => r.plotId === plotId)).toMatchObject({ caseId: kase.id, caseState: 'suspected' });
    expect(after.agenda).toContainEqual(expect.objectContaining({ kind: 'investigation-notice', date: '2026-12-20', caseId: kase.id }));
  });

  it('refuses illegal transitions with a message and changes nothing', () => {
    const before = snapshot();
    const skip = fail('cases.step', { caseId: kase.id, rowVersion: 1, state: 'fee-decision', date: '2026-11-25', documentNo: 'X', cause: null, note: '', attachments: [] });
    expect(skip.code).toBe('bad-input');
    expect(skip.messageZh).toContain('不能从"疑似闲置"转到"征缴土地闲置费决定"');
    const noDoc = fail('cases.step', { caseId: kase.id, rowVersion: 1, state: 'investigation-notice', date: '2026-11-25', documentNo: null, cause: null, note: '', attachments: [] });
    expect(noDoc.message).toContain('document number');
    expect(fail('cases.step', { caseId: kase.id, rowVersion: 9, state: 'investigation-notice', date: '2026-11-25', documentNo: 'A', cause: null, note: '', attachments: [] }).code).toBe('conflict');
    expect(snapshot()).toEqual(before);
  });

  it('moves two legal steps with an attachment, meets the investigation limit and audits each move', () => {
    const pdf = Buffer.from('%PDF-1.4\n% notice\n').toString('base64');
    const s1 = call('cases.step', {
      caseId: kase.id,
      rowVersion: 1,
      state: 'investigation-notice',
      date: '2026-11-24',
      documentNo: '濮自然资调〔2026〕17号',
      cause: null,
      note: '已送达',
      attachments: [{ fileName: '调查通知书.pdf', dataBase64: pdf }],
    });
    expect(s1.state).toBe('investigation-notice');
    expect(s1.deadlines[0]).toMatchObject({ metOn: '2026-11-24', overdue: false });
    expect(s1.steps[1]?.attachments[0]).toMatchObject({ name: '调查通知书.pdf', bytes: 18 });
    const s2 = call('cases.step', { caseId: kase.id, rowVersion: s1.rowVersion, state: 'cause-determined', date: '2026-11-26', documentNo: null, cause: 'enterprise', note: '企业资金不足', attachments: [] });
    expect(s2).toMatchObject({ state: 'cause-determined', cause: 'enterprise', rowVersion: 3 });
    expect(s2.steps.map((s) => [s.seq, s.state, s.recordedBy])).toEqual([
      [1, 'suspected', '王处置'],
      [2, 'investigation-notice', '王处置'],
      [3, 'cause-determined', '王处置'],
    ]);
    const history = call('audit.plot', { plotId }).filter((h) => h.table === 'cases');
    expect(history.map((h) => [h.oldValue, h.newValue, h.actor])).toEqual([
      [null, '"suspected"', '王处置'],
      ['"suspected"', '"investigation-notice"', '王处置'],
      ['"investigation-notice"', '"cause-determined"', '王处置'],
    ]);
    // The 闲置土地认定书 is a formal document: no number, no step.
    const noNumber = fail('cases.step', { caseId: kase.id, rowVersion: 3, state: 'idle-determination', date: '2026-11-26', documentNo: null, cause: null, note: '', attachments: [] });
    expect(noNumber.message).toContain('document number');
  });

  it('records a government-caused delay with its Art. 8 ground, which turns the fee off', () => {
    const row = call('warnings.list', { asOf: TODAY, horizonDays: 30 }).rows.find((r) => r.status === 'idle' && !r.governmentCause);
    if (!row) throw new Error('no idle plot');
    const form = call('inspections.form', { plotId: row.plotId, asOf: TODAY });
    const missing = fail('plots.governmentCause.set', { plotId: row.plotId, contractVersion: form.contractVersion, governmentCause: true, ground: null, reason: null });
    expect(missing.message).toContain('Art. 8 ground');
    call('plots.governmentCause.set', { plotId: row.plotId, contractVersion: form.contractVersion, governmentCause: true, ground: 'plan-revision', reason: '控规调整' });
    const after = call('warnings.list', { asOf: TODAY, horizonDays: 30 }).rows.find((r) => r.plotId === row.plotId);
    expect(after).toMatchObject({ status: 'idle-government-cause', feeWan: null, governmentGround: 'plan-revision', governmentReason: '控规调整' });
    expect(call('audit.plot', { plotId: row.plotId }).map((h) => h.field)).toEqual(['governmentCause', 'governmentGround', 'governmentReason']);
  });
});
