import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import type { PlotRow } from '../../shared/api/views';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { metricValue } from '../../shared/rules/metrics';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import { insertRuleSetVersion } from '../../electron/db/queries/ruleSetVersions';
import { SETTING_KEYS, writeSetting } from '../../electron/db/settings';
import { TEST_NOW } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

// A second rule set stored beside the client's (say a bureau loads the provincial standard to compare): plots are
// judged by the applied one's versions only, whichever was stored last or takes effect later.
const OTHER: RuleSet = {
  ...CLIENT_REPORT_RULE_SET,
  id: 'other-standard',
  version: 1,
  effectiveFrom: '2010-01-01',
  name: { zh: '对照标准（测试）', en: 'Comparison standard (test)' },
  rules: CLIENT_REPORT_RULE_SET.rules.map((r) => (r.id === 'investment-intensity-min' ? { ...r, threshold: 100_000, sourceWording: '投资强度不低于100000万元/亩（测试）' } : r)),
};

const { db, ...api } = seededApiSuite();
const asOf = TEST_NOW.slice(0, 10);
const statuses = () => new Map(api.callAs<PlotRow[]>('plots.list', { asOf }).map((p) => [p.id, p.status]));

describe('the applied rule set', () => {
  it('a second rule set stored later judges no plot while the seeded one is applied', () => {
    const before = statuses();
    insertRuleSetVersion(db, OTHER);
    expect(statuses()).toEqual(before);
    expect(api.call('app.info', {}).ruleSet.id).toBe(CLIENT_REPORT_RULE_SET.id);
    expect(api.call('report.zone', { asOf, zoneId: 'jingkai' }).ruleSet.id).toBe(CLIENT_REPORT_RULE_SET.id);
  });

  it('once the setting names it, its versions judge the plots contracted since it took effect', () => {
    const before = statuses();
    writeSetting(db, SETTING_KEYS.activeRuleSet, { id: OTHER.id, version: 1 });
    expect(api.call('app.info', {}).ruleSet.id).toBe(OTHER.id);
    const rows = api.callAs<PlotRow[]>('plots.list', { asOf });
    const judgedByOther = rows.filter((p) => p.supplied && p.projectType === 'general' && p.contractDate !== null && p.contractDate >= OTHER.effectiveFrom && metricValue('investment-intensity', p) !== null);
    expect(judgedByOther.length).toBeGreaterThan(10);
    expect(judgedByOther.every((p) => p.status === 'noncompliant')).toBe(true);
    expect(judgedByOther.some((p) => before.get(p.id) !== 'noncompliant')).toBe(true);
  });

  it('a draft of the rule set not applied changes no plot in its preview', () => {
    writeSetting(db, SETTING_KEYS.activeRuleSet, { id: CLIENT_REPORT_RULE_SET.id, version: 1 });
    const preview = api.callAs<ApiOutput<'ruleSets.preview'>>('ruleSets.preview', {
      ruleSetId: OTHER.id,
      baseVersion: 1,
      effectiveFrom: '2011-01-01',
      reason: 'test',
      changes: [{ ruleId: 'tax-per-mu-min', threshold: 99_999, sourceWording: '税收不低于99999万元/亩（测试）' }],
    });
    expect(preview.changed).toBe(0);
  });
});
