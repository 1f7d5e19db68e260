import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import type { PlotRow } from '../../shared/api/views';
import { plotsPassingInvestment } from './investmentPlots';
import { runJson } from './runCli';
import { TEST_NOW } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

const { db, folder: t, ...api } = seededApiSuite();
const TODAY = TEST_NOW.slice(0, 10);
const RULE = 'investment-intensity-min';

/** Every row of the tables a refused call must leave alone. */
const fingerprint = () =>
  JSON.stringify([
    db.prepare('SELECT id, version, effective_from, definition FROM rule_sets ORDER BY id, version').all(),
    db.prepare('SELECT count(*) AS n, max(seq) AS last FROM audit_log').get(),
  ]);

interface Split {
  cut: string;
  earlier: PlotRow;
  later: PlotRow;
  newThreshold: number;
}

/** Two supplied general plots passing the investment rule, contracted either side of a cut-off date, and a threshold above the later one's value. */
function chooseSplit(rows: PlotRow[]): Split {
  const passing = plotsPassingInvestment(rows, TODAY);
  const mid = passing[Math.floor(passing.length / 2)];
  const earlier = passing.find((x) => mid && (x.p.contractDate ?? '') < (mid.p.contractDate ?? ''));
  if (!mid || !earlier?.p.contractDate || !mid.p.contractDate) throw new Error('the seeded data has no plots to split');
  return { cut: mid.p.contractDate, earlier: earlier.p, later: mid.p, newThreshold: Math.ceil(mid.v) + 1 };
}

const draft = (s: Split, over: Partial<ApiInput<'ruleSets.create'>> = {}): ApiInput<'ruleSets.create'> => ({
  ruleSetId: 'puyang-report-2023',
  baseVersion: 1,
  effectiveFrom: s.cut,
  reason: '市局会议纪要：提高投资强度门槛',
  source: { zh: '濮阳市自然资源和规划局会议纪要（示例）', en: 'Puyang bureau meeting minutes (example)' },
  changes: [{ ruleId: RULE, threshold: s.newThreshold, sourceWording: `一般工业项目亩均投资强度不低于${s.newThreshold}万元/亩` }],
  ...over,
});

let split: Split;

beforeAll(() => {
  split = chooseSplit(api.call('plots.list', { asOf: TODAY }));
});

describe('rule-set versions on a real database', () => {
  it('lists the seeded version, in force today, with its rules, source and confidence marks', () => {
    const list = api.call('ruleSets.list', {});
    expect(list.today).toBe(TODAY);
    expect(list.versions).toHaveLength(1);
    const v1 = list.versions[0];
    expect(v1).toMatchObject({ id: 'puyang-report-2023', version: 1, inForceToday: true, scheduled: false, reason: null });
    expect(v1?.plotCount).toBe(api.call('plots.list', { asOf: TODAY }).length);
    expect(v1?.rules.find((r) => r.id === RULE)).toMatchObject({ threshold: 234, confidence: 'L' });
  });

  it('refuses bad drafts in both languages and leaves the database exactly as it was', () => {
    const before = fingerprint();
    const cases: [Partial<ApiInput<'ruleSets.create'>>, string, string, string][] = [
      [{ changes: [{ ruleId: RULE, threshold: -5, sourceWording: '不低于-5万元/亩' }] }, 'bad-input', `rule ${RULE}.threshold`, `规则 ${RULE}.threshold`],
      [{ changes: [{ ruleId: 'green-space-max', threshold: 15 }] }, 'bad-input', 'green-space-max', '没有规则'],
      [{ effectiveFrom: '1999-12-31' }, 'bad-input', 'must be after version 1', '须晚于第 1 版'],
      [{ effectiveFrom: '2000-01-01' }, 'bad-input', 'must be after version 1', '须晚于第 1 版'],
      [{ changes: [{ ruleId: RULE, threshold: 300 }] }, 'bad-input', 'still quotes the old text', '原文摘录仍是旧文件'],
      [{ changes: [], source: undefined }, 'bad-input', 'nothing differs', '没有任何改动'],
      [{ ruleSetId: 'national-2008' }, 'not-found', 'national-2008 not found', '未找到规则集'],
      [{ reason: '   ' }, 'bad-input', 'reason', 'reason'],
    ];
    for (const [over, code, en, zh] of cases) {
      const e = api.fail('ruleSets.create', draft(split, over));
      expect(e.code, JSON.stringify(over)).toBe(code);
      expect(e.message).toContain(en);
      expect(e.messageZh).toContain(zh);
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(fingerprint()).toBe(before);
  });

  it('previews how many statuses the draft changes, writing nothing', () => {
    const before = fingerprint();
    const { reason: _reason, ...noReason } = draft(split);
    const p = api.call('ruleSets.preview', noReason);
    expect(p.version).toBe(2);
    expect(p.changed).toBeGreaterThanOrEqual(1);
    expect(p.considered).toBeGreaterThanOrEqual(p.changed);
    expect(p.transitions.reduce((s, x) => s + x.count, 0)).toBe(p.changed);
    expect(p.sample).toHaveLength(Math.min(20, p.changed));
    expect(p.sample).not.toContain(split.earlier.parcelNo);
    expect(fingerprint()).toBe(before);
  });

  it('creates version 2: listed, in force, audited; later contracts judged by it, earlier ones by version 1, caches refreshed', () => {
    api.call('settings.user.set', { name: '李四' });
    const { reason: _r, ...noReason } = draft(split);
    const preview = api.call('ruleSets.preview', noReason);
    const kpiBefore = api.call('zones.list', { asOf: TODAY }); // fills the assessment cache
    const noncompliantBefore = kpiBefore.reduce((s, z) => s + z.kpi.noncompliant, 0);

    const v2 = api.call('ruleSets.create', draft(split));
    expect(v2).toMatchObject({ version: 2, effectiveFrom: split.cut, inForceToday: true, savedBy: '李四', reason: '市局会议纪要：提高投资强度门槛' });

    const list = api.call('ruleSets.list', {});
    expect(list.versions.map((v) => [v.version, v.inForceToday])).toEqual([[2, true], [1, false]]);
    expect(list.versions[1]?.rules.find((r) => r.id === RULE)?.threshold).toBe(234);

    const later = api.call('plots.get', { asOf: TODAY, id: split.later.id });
    expect(later.evaluation.ruleSet.version).toBe(2);
    expect(later.evaluation.findings.find((f) => f.ruleId === RULE)).toMatchObject({ threshold: split.newThreshold, result: 'fail' });
    expect(later.plot.status).toBe('noncompliant');
    const earlier = api.call('plots.get', { asOf: TODAY, id: split.earlier.id });
    expect(earlier.evaluation.ruleSet.version).toBe(1);
    expect(earlier.evaluation.findings.find((f) => f.ruleId === RULE)).toMatchObject({ threshold: 234, result: 'pass' });

    // The cached whole-city assessment (zones.list, plots.columns) sees the new version at once: the preview's count.
    const toNon = preview.transitions.filter((x) => x.to === 'noncompliant').reduce((s, x) => s + x.count, 0);
    const fromNon = preview.transitions.filter((x) => x.from === 'noncompliant').reduce((s, x) => s + x.count, 0);
    const noncompliantAfter = api.call('zones.list', { asOf: TODAY }).reduce((s, z) => s + z.kpi.noncompliant, 0);
    expect(noncompliantAfter).toBe(noncompliantBefore + toNon - fromNon);

    const audit = db.prepare("SELECT actor, action, record_id AS id, new_value AS v, reason FROM audit_log WHERE table_name = 'rule_sets'").all() as {
      actor: string; action: string; id: string; v: string; reason: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: '李四', action: 'create', id: 'puyang-report-2023@2', reason: '市局会议纪要：提高投资强度门槛' });
    expect(JSON.parse(audit[0]?.v ?? '{}')).toMatchObject({ version: 2, rules: [{ id: RULE, threshold: split.newThreshold }] });
  });

  it('the CLI `plots --json` judges the same way from the stored versions', () => {
    const rows = runJson<{ parcelNo: string; status: string }[]>(['plots', '--db', t.file('land.sqlite'), '--zone', split.later.zoneId, '--as-of', TODAY]);
    expect(rows.find((r) => r.parcelNo === split.later.parcelNo)?.status).toBe('noncompliant');
    const earlierRows = runJson<{ parcelNo: string; status: string }[]>(['plots', '--db', t.file('land.sqlite'), '--zone', split.earlier.zoneId, '--as-of', TODAY]);
    expect(earlierRows.find((r) => r.parcelNo === split.earlier.parcelNo)?.status).toBe(split.earlier.status);
  });

  it('refuses an edit based on version 1 now that version 2 exists (conflict), in both languages, changing nothing', () => {
    const before = fingerprint();
    const e = api.fail('ruleSets.create', draft(split, { effectiveFrom: '2026-12-01' }));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('version 2');
    expect(e.messageZh).toContain('第 2 版');
    expect(fingerprint()).toBe(before);
  });

  it('a version effective in the future is scheduled: stored and listed, not in force today, judging no plot yet', () => {
    const v3 = api.call('ruleSets.create', {
      ...draft(split, { baseVersion: 2, effectiveFrom: '2027-07-01', reason: '明年起执行' }),
      changes: [{ ruleId: 'tax-per-mu-min', threshold: 20, sourceWording: '建成后税收不低于20万元/亩' }],
    });
    expect(v3).toMatchObject({ version: 3, inForceToday: false, scheduled: true, plotCount: 0 });
    const info = api.call('app.info', {});
    expect(info.ruleSet.version).toBe(2);
    const later = api.call('plots.get', { asOf: TODAY, id: split.later.id });
    expect(later.evaluation.ruleSet.version).toBe(2);
  });
});
