import { beforeAll, describe, expect, it } from 'vitest';
import type { PlotRow } from '../../shared/api/views';
import { pdfPages, pdfText } from './pdfTools';
import { plotsPassingInvestment } from './investmentPlots';
import { runCli } from './runCli';
import { TEST_NOW } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

const { db, file, folder, ...api } = seededApiSuite({ prefix: 'rule-choice-' });
const TODAY = TEST_NOW.slice(0, 10);
const RULE = 'investment-intensity-min';
const RULE_SET = 'puyang-report-2023';

/** A compliant general plot contracted after a cut-off date, and a version 2 from that date whose investment threshold it fails. */
function chooseLater(rows: PlotRow[]): { cut: string; later: PlotRow; threshold: number } {
  const passing = plotsPassingInvestment(rows, TODAY);
  const mid = passing[Math.floor(passing.length / 2)];
  if (!mid?.p.contractDate) throw new Error('the seeded data has no compliant general plot to re-judge');
  return { cut: mid.p.contractDate, later: mid.p, threshold: Math.ceil(mid.v) + 1 };
}

const tableCounts = () => JSON.stringify(db.prepare("SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM rule_sets) AS versions, (SELECT count(*) FROM settings) AS settings").get());

let s: ReturnType<typeof chooseLater>;
let earlier: PlotRow;

beforeAll(() => {
  const rows = api.call('plots.list', { asOf: TODAY });
  s = chooseLater(rows);
  const before = rows.find((p) => p.zoneId === s.later.zoneId && p.contractDate !== null && p.contractDate < s.cut);
  if (!before) throw new Error(`zone ${s.later.zoneId} has no plot contracted before ${s.cut}`);
  earlier = before;
});

describe('plots.get under a chosen rule-set version; report.zone citing every version used', () => {
  it('with one version, report.zone lists it once with every reported plot and plots.get offers no other', () => {
    const report = api.call('report.zone', { asOf: TODAY, zoneId: s.later.zoneId });
    expect(report.ruleSetsUsed).toEqual([{ id: RULE_SET, version: 1, name: report.ruleSet.name, source: report.ruleSet.source, effectiveFrom: report.ruleSet.effectiveFrom, plotCount: report.plots.length }]);
    expect(api.call('plots.get', { asOf: TODAY, id: s.later.id }).evaluation).toMatchObject({ judgedBy: 'in-force', versions: [{ version: 1, effectiveFrom: '2000-01-01' }] });
  });

  it('a plot contracted after version 2 is judged by it; asked under version 1 it is a what-if with version 1’s result', () => {
    api.call('ruleSets.create', {
      ruleSetId: RULE_SET,
      baseVersion: 1,
      effectiveFrom: s.cut,
      reason: '测试：提高投资强度门槛',
      source: { zh: '濮阳市自然资源和规划局会议纪要（示例）', en: 'Puyang bureau meeting minutes (example)' },
      changes: [{ ruleId: RULE, threshold: s.threshold, sourceWording: `一般工业项目亩均投资强度不低于${s.threshold}万元/亩` }],
    });
    const official = api.call('plots.get', { asOf: TODAY, id: s.later.id });
    expect(official.evaluation).toMatchObject({ status: 'noncompliant', judgedBy: 'in-force', ruleSet: { version: 2 }, inForce: { version: 2 } });
    expect(official.evaluation.findings.find((f) => f.ruleId === RULE)).toMatchObject({ threshold: s.threshold, result: 'fail' });
    expect(official.evaluation.versions).toEqual([{ version: 2, effectiveFrom: s.cut }, { version: 1, effectiveFrom: '2000-01-01' }]);

    const whatIf = api.call('plots.get', { asOf: TODAY, id: s.later.id, ruleSetVersion: 1 });
    expect(whatIf.evaluation).toMatchObject({ status: 'compliant', judgedBy: 'chosen', ruleSet: { version: 1 }, inForce: { version: 2 } });
    expect(whatIf.evaluation.findings.find((f) => f.ruleId === RULE)).toMatchObject({ threshold: 234, result: 'pass' });
    expect(whatIf.plot).toMatchObject({ status: 'compliant', failedRules: [] });
    expect(whatIf.evaluation.ruleSet.source.zh).not.toBe(official.evaluation.ruleSet.source.zh);

    // Asking for the version in force is the official answer, not a what-if.
    expect(api.call('plots.get', { asOf: TODAY, id: s.later.id, ruleSetVersion: 2 })).toEqual(official);
    // An earlier contract: version 1 is its own, version 2 a what-if.
    expect(api.call('plots.get', { asOf: TODAY, id: earlier.id }).evaluation).toMatchObject({ judgedBy: 'in-force', ruleSet: { version: 1 } });
    expect(api.call('plots.get', { asOf: TODAY, id: earlier.id, ruleSetVersion: 2 }).evaluation).toMatchObject({ judgedBy: 'chosen', ruleSet: { version: 2 }, inForce: { version: 1 } });
  });

  it('refuses an unknown version (not-found, both languages) and a malformed one (bad-input), writing nothing', () => {
    const before = tableCounts();
    const e = api.fail('plots.get', { asOf: TODAY, id: s.later.id, ruleSetVersion: 9 });
    expect(e.code).toBe('not-found');
    expect(e.message).toContain(`rule set ${RULE_SET} has no version 9 (stored versions: 1, 2)`);
    expect(e.messageZh).toContain(`规则集 ${RULE_SET} 没有第 9 版（已有版本：1、2）`);
    const bad = api.fail('plots.get', { asOf: TODAY, id: s.later.id, ruleSetVersion: 0 });
    expect(bad.code).toBe('bad-input');
    expect(bad.message).toContain('ruleSetVersion');
    expect(bad.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(tableCounts()).toBe(before);
  });

  it('a what-if leaves the cached whole-city assessment as it was', () => {
    const listBefore = api.call('plots.list', { asOf: TODAY });
    const zonesBefore = api.call('zones.list', { asOf: TODAY });
    const versionsBefore = api.call('ruleSets.list', {});
    const before = tableCounts();
    api.call('plots.get', { asOf: TODAY, id: s.later.id, ruleSetVersion: 1 });
    api.call('plots.get', { asOf: TODAY, id: earlier.id, ruleSetVersion: 2 });
    expect(api.call('plots.list', { asOf: TODAY })).toEqual(listBefore);
    expect(api.call('zones.list', { asOf: TODAY })).toEqual(zonesBefore);
    expect(api.call('ruleSets.list', {})).toEqual(versionsBefore);
    expect(listBefore.find((p) => p.id === s.later.id)?.status).toBe('noncompliant');
    expect(tableCounts()).toBe(before);
  });

  it('report.zone lists both versions, oldest first, with counts that follow the contract dates and sum to the report’s plots', () => {
    const report = api.call('report.zone', { asOf: TODAY, zoneId: s.later.zoneId });
    const rows = new Map(api.call('plots.list', { asOf: TODAY, zoneId: s.later.zoneId }).map((p) => [p.id, p]));
    const underV2 = report.plots.filter((p) => (rows.get(p.id)?.contractDate ?? TODAY) >= s.cut).length;
    expect(report.ruleSetsUsed.map((v) => [v.version, v.plotCount])).toEqual([
      [1, report.plots.length - underV2],
      [2, underV2],
    ]);
    expect(report.ruleSetsUsed.reduce((n, v) => n + v.plotCount, 0)).toBe(report.plots.length);
    expect(report.ruleSetsUsed[1]).toMatchObject({ effectiveFrom: s.cut, source: { zh: '濮阳市自然资源和规划局会议纪要（示例）' } });
    expect(report.ruleSet.version).toBe(2);
  });

  it('the printed zone report (CLI, Chromium) names both versions on its cover with their counts and lists them in the appendix', () => {
    const report = api.call('report.zone', { asOf: TODAY, zoneId: s.later.zoneId });
    const out = folder.file('two-versions.pdf');
    const r = runCli(['report', '--zone', s.later.zoneId, '--out', out, '--as-of', TODAY, '--db', file], undefined, 120_000);
    expect(r.code, r.stderr).toBe(0);
    const cover = pdfText(out, 1, 1);
    const [v1, v2] = report.ruleSetsUsed;
    if (!v1 || !v2) throw new Error('two versions expected');
    expect(cover).toContain(`（v1，${v1.effectiveFrom} 起施行，${v1.plotCount} 宗）`);
    expect(cover).toContain(`（v2，${s.cut} 起施行，${v2.plotCount} 宗）`);
    expect(cover).toContain('v2：濮阳市自然资源和规划局会议纪要（示例）');
    const appendix = pdfText(out, pdfPages(out));
    expect(appendix).toContain('评价所依据的标准版本');
    expect(appendix).toMatch(new RegExp(`v2\\s+${s.cut}\\s+濮阳市自然资源和规划局会议纪要（示例）\\s+${v2.plotCount}`));
    expect(appendix).toContain('下表摘录评价基准日施行的第 2 版标准');
  });
});
