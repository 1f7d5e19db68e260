import { describe, expect, it } from 'vitest';
import type { StoredPlot, ZoneRef } from '../../shared/domain/storedPlot';
import { CLIENT_REPORT_RULE_SET as V1 } from '../../shared/rules/clientReportRuleSet';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { withKnownConfidence } from '../../shared/rules/ruleConfidence';
import { applyDraft, type RuleSetDraft } from '../../shared/rules/ruleSetDraft';
import { draftImpact, type ImpactPlot } from '../../shared/rules/ruleSetImpact';
import { ruleSetDateOf, ruleSetInForce } from '../../shared/rules/ruleSetInForce';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';

const draft = (over: Partial<RuleSetDraft> = {}): RuleSetDraft => ({
  ruleSetId: V1.id,
  baseVersion: 1,
  effectiveFrom: '2026-01-01',
  reason: 'local decision',
  changes: [{ ruleId: 'investment-intensity-min', threshold: 260, sourceWording: '亩均投资强度不低于260万元/亩' }],
  ...over,
});

const built = (over: Partial<RuleSetDraft> = {}, versions: readonly RuleSet[] = [V1]): RuleSet => {
  const r = applyDraft(versions, draft(over));
  if (!r.ok) throw new Error(r.refusal.message);
  return r.ruleSet;
};

describe('applyDraft: the next version of a rule set', () => {
  it('is version newest + 1 with the changed threshold, the other rules and the lifecycle law untouched', () => {
    const v2 = built();
    expect(v2.version).toBe(2);
    expect(v2.effectiveFrom).toBe('2026-01-01');
    expect(v2.rules.find((r) => r.id === 'investment-intensity-min')).toMatchObject({ threshold: 260, sourceWording: '亩均投资强度不低于260万元/亩' });
    expect(v2.rules.filter((r) => r.id !== 'investment-intensity-min')).toEqual(V1.rules.filter((r) => r.id !== 'investment-intensity-min'));
    expect(v2.lifecycle).toEqual(V1.lifecycle);
    expect(V1.rules.find((r) => r.id === 'investment-intensity-min')?.threshold).toBe(234);
  });

  it('takes a note alone, and a new source document', () => {
    const note = { zh: '待省标准发布后复核', en: 'Review once the provincial standard is published' };
    const v2 = built({ changes: [{ ruleId: 'tax-per-mu-min', note }], source: { zh: '会议纪要', en: 'Minutes' } });
    expect(v2.rules.find((r) => r.id === 'tax-per-mu-min')?.note).toEqual(note);
    expect(v2.source).toEqual({ zh: '会议纪要', en: 'Minutes' });
  });

  const refused = (over: Partial<RuleSetDraft>, versions: readonly RuleSet[] = [V1]) => {
    const r = applyDraft(versions, draft(over));
    if (r.ok) throw new Error('should be refused');
    expect(r.refusal.messageZh).toMatch(/[\u4e00-\u9fff]/);
    return r.refusal;
  };

  it('refuses a negative threshold through the RuleSet schema, naming the rule in both languages', () => {
    const r = refused({ changes: [{ ruleId: 'plot-ratio-general', threshold: -1, sourceWording: '容积率不低于-1' }] });
    expect(r.kind).toBe('bad-input');
    expect(r.message).toContain('rule plot-ratio-general.threshold');
    expect(r.messageZh).toContain('规则 plot-ratio-general.threshold');
  });

  it('refuses unknown and repeated rule ids, an unchanged draft, a new threshold under the old wording', () => {
    expect(refused({ changes: [{ ruleId: 'nope', threshold: 1 }] }).message).toContain('"nope" is not in rule set');
    const twice = { ruleId: 'tax-per-mu-min', note: { zh: '甲', en: 'a' } };
    expect(refused({ changes: [twice, twice] }).messageZh).toContain('重复');
    expect(refused({ changes: [{ ruleId: 'tax-per-mu-min', threshold: 15 }] }).message).toContain('nothing differs');
    expect(refused({ changes: [{ ruleId: 'tax-per-mu-min', threshold: 18 }] }).message).toContain('still quotes the old text');
  });

  it('refuses an effective-from on or before the base version, and an unknown rule set or version', () => {
    expect(refused({ effectiveFrom: V1.effectiveFrom }).messageZh).toContain('须晚于第 1 版');
    expect(refused({ ruleSetId: 'x' }).kind).toBe('not-found');
    expect(refused({ baseVersion: 7 }).kind).toBe('not-found');
  });

  it('refuses a stale base: an edit of version 1 once version 2 exists is a conflict', () => {
    const v2 = built();
    const r = refused({ effectiveFrom: '2027-01-01' }, [V1, v2]);
    expect(r.kind).toBe('conflict');
    expect(r.messageZh).toContain('第 2 版');
    expect(built({ baseVersion: 2, effectiveFrom: '2027-01-01', changes: [{ ruleId: 'tax-per-mu-min', threshold: 20, sourceWording: '不低于20万元/亩' }] }, [V1, v2]).version).toBe(3);
  });
});

describe('which version judges a plot', () => {
  const v2 = built();
  it('the contract date picks the version; no contract: the as-of date, so a future version judges nothing yet', () => {
    expect(ruleSetInForce([V1, v2], ruleSetDateOf('2025-12-31', '2026-06-01'))?.version).toBe(1);
    expect(ruleSetInForce([V1, v2], ruleSetDateOf('2026-01-01', '2026-06-01'))?.version).toBe(2);
    expect(ruleSetInForce([V1, v2], ruleSetDateOf(null, '2025-06-01'))?.version).toBe(1);
    expect(ruleSetInForce([V1, v2], ruleSetDateOf(undefined, '2026-06-01'))?.version).toBe(2);
  });
});

const zone: ZoneRef = { id: 'z', name: 'Z', level: 'national', location: 'central-city' };
const plot = (id: string, contractDate: string | null, investmentWan: number): ImpactPlot => {
  const stored: Omit<StoredPlot, 'bbox'> = {
    id, parcelNo: `P-${id}`, supervisionNo: null, zoneId: 'z', projectName: id, landUser: null, creditCode: null, landUseCode: '0601',
    industryCode: null, projectType: 'general', landAreaM2: 20000, batchId: null,
    contract: contractDate === null ? null : {
      supplyMethod: '出让', contractDate, landPriceWan: 100, agreedStartDate: contractDate, agreedCompletionDate: null, actualStartDate: contractDate,
      actualCompletionDate: null, suspendedSince: null, developedAreaShare: 1, investedShare: 1, governmentCause: false, governmentCauseReason: null,
      agreedPlotRatioMin: null, agreedPlotRatioMax: null, committedInvestmentWan: null,
    },
    metrics: [{ year: 2025, operating: true, floorAreaM2: 24000, buildingFootprintM2: 9000, fixedInvestmentWan: investmentWan, annualTaxWan: 600, outputWan: null, addedValueWan: null, employees: null }],
  };
  return { plot: stored, zone };
};

describe('draftImpact: statuses the draft would change', () => {
  // 20000 m² = 30 亩: 7500 万元 = 250 万元/亩 (passes 234, fails 260); 8100 = 270 (passes both).
  const plots = [plot('old', '2024-05-01', 7500), plot('new', '2026-03-01', 7500), plot('rich', '2026-04-01', 8100), plot('none', null, 7500)];

  it('counts only plots the draft would govern, and which of them change status', () => {
    const impact = draftImpact(plots, [V1], built(), DEFAULT_LOCAL_PARAMETERS, '2026-06-01');
    expect(impact).toEqual({ considered: 3, changed: 2, transitions: [{ from: 'compliant', to: 'noncompliant', count: 2 }], sample: ['P-new', 'P-none'] });
  });

  it('a draft effective after the as-of date governs no plot without a contract', () => {
    const impact = draftImpact(plots, [V1], built({ effectiveFrom: '2026-12-01' }), DEFAULT_LOCAL_PARAMETERS, '2026-06-01');
    expect(impact.considered).toBe(0);
    expect(impact.changed).toBe(0);
  });
});

describe('confidence marks', () => {
  it('every rule of the client report is L (domain.md §3: not traced to a published text); a stored copy without marks shows them', () => {
    expect(V1.rules.every((r) => r.confidence === 'L')).toBe(true);
    const first = V1.rules[0];
    if (!first) throw new Error('no rules');
    const { confidence: _c, ...unmarked } = first;
    const old: RuleSet = { ...V1, rules: [unmarked, ...V1.rules.slice(1)] };
    expect(withKnownConfidence(old).rules[0]?.confidence).toBe('L');
  });
});
