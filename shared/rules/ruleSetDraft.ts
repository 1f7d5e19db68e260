import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { describeIssues } from '../schemas/issues';
import { describeIssuesZh } from '../schemas/issuesZh';
import { RuleSet, type Rule } from './ruleSetSchema';

const Bilingual = z.object({ zh: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000) }).strict();

/** One rule's edit in a new version; a field left out keeps the base version's value. */
export const RuleChange = z
  .object({
    ruleId: z.string().min(1).max(200),
    // Not checked here beyond being a number: the RuleSet schema decides what a valid threshold is (one place).
    threshold: z.number().finite().optional(),
    sourceWording: z.string().trim().min(1).max(2000).optional(),
    note: Bilingual.optional(),
  })
  .strict();
export type RuleChange = z.infer<typeof RuleChange>;

/** A new version of a stored rule set: edits on top of `baseVersion`, which must still be the newest when saved. */
export const RuleSetDraft = z
  .object({
    ruleSetId: z.string().min(1).max(200),
    baseVersion: z.number().int().positive(),
    effectiveFrom: IsoDateSchema,
    reason: z.string().trim().min(1).max(2000),
    /** The document adopting the new thresholds; left out: the base version's source. */
    source: Bilingual.optional(),
    changes: z.array(RuleChange).max(200),
  })
  .strict();
export type RuleSetDraft = z.infer<typeof RuleSetDraft>;
/** What builds the version: the reason is only for the audit row, so a preview may leave it out. */
export type RuleSetEdits = Omit<RuleSetDraft, 'reason'>;

export interface DraftRefusal {
  kind: 'bad-input' | 'not-found' | 'conflict';
  message: string;
  messageZh: string;
}
export type DraftResult = { ok: true; ruleSet: RuleSet; base: RuleSet } | { ok: false; refusal: DraftRefusal };

const refuse = (kind: DraftRefusal['kind'], message: string, messageZh: string): DraftResult => ({ ok: false, refusal: { kind, message, messageZh } });

function applyChange(rule: Rule, change: RuleChange | undefined): Rule {
  if (!change) return rule;
  const next: Rule = { ...rule };
  if (change.threshold !== undefined) next.threshold = change.threshold;
  if (change.sourceWording !== undefined) next.sourceWording = change.sourceWording;
  if (change.note !== undefined) next.note = change.note;
  return next;
}

const sameNote = (a: Rule['note'], b: Rule['note']) => a?.zh === b?.zh && a?.en === b?.en;
const ruleChanged = (a: Rule, b: Rule) => a.threshold !== b.threshold || a.sourceWording !== b.sourceWording || !sameNote(a.note, b.note);

/** The edits' own problems (unknown or repeated rule ids, a threshold changed under the old wording), before the schema runs. */
function checkChanges(base: RuleSet, draft: RuleSetEdits): DraftResult | null {
  const seen = new Set<string>();
  for (const change of draft.changes) {
    const rule = base.rules.find((r) => r.id === change.ruleId);
    if (!rule) {
      return refuse('bad-input', `changes: rule "${change.ruleId}" is not in rule set ${base.id} version ${base.version}`, `修改项：规则集 ${base.id} 第 ${base.version} 版中没有规则“${change.ruleId}”`);
    }
    if (seen.has(change.ruleId)) return refuse('bad-input', `changes: rule "${change.ruleId}" is changed twice`, `修改项：规则“${change.ruleId}”重复出现`);
    seen.add(change.ruleId);
    const wording = change.sourceWording ?? rule.sourceWording;
    if (change.threshold !== undefined && change.threshold !== rule.threshold && wording === rule.sourceWording) {
      return refuse(
        'bad-input',
        `rule ${rule.id}: the threshold changes from ${rule.threshold} to ${change.threshold} but the source wording still quotes the old text; give the new document's wording`,
        `规则 ${rule.id}：阈值由 ${rule.threshold} 改为 ${change.threshold}，但原文摘录仍是旧文件的表述；请填写新依据文件的原文`,
      );
    }
  }
  return null;
}

/** The new version's definition checked by the RuleSet schema; issues name the rule by its id. */
function validated(definition: unknown, base: RuleSet): DraftResult {
  const parsed = RuleSet.safeParse(definition);
  if (parsed.success) return { ok: true, ruleSet: parsed.data, base };
  const issues = parsed.error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    const rule = head === 'rules' && typeof index === 'number' ? base.rules[index] : undefined;
    if (!rule) return { label: `rule set ${base.id}`, labelZh: `规则集 ${base.id}`, issue };
    return { label: `rule ${rule.id}`, labelZh: `规则 ${rule.id}`, issue: { ...issue, path: rest } };
  });
  const en = issues.map(({ label, issue }) => describeIssues(new z.ZodError([issue]), label).join('; '));
  const zh = issues.map(({ labelZh, issue }) => describeIssuesZh(new z.ZodError([issue]), labelZh).join('；'));
  return refuse('bad-input', en.join('; '), zh.join('；'));
}

/**
 * Builds the next version of a rule set from a draft: version = newest + 1, effective strictly after the base version
 * (so every earlier version keeps the plots it judged), the base must still be the newest version (optimistic
 * concurrency), and the result must pass the RuleSet schema. Pure: the caller stores it.
 */
export function applyDraft(versions: readonly RuleSet[], draft: RuleSetEdits): DraftResult {
  const own = versions.filter((v) => v.id === draft.ruleSetId);
  const newest = own.reduce<RuleSet | null>((m, v) => (m === null || v.version > m.version ? v : m), null);
  if (!newest) return refuse('not-found', `rule set ${draft.ruleSetId} not found`, `未找到规则集 ${draft.ruleSetId}`);
  const base = own.find((v) => v.version === draft.baseVersion);
  if (!base) {
    return refuse('not-found', `rule set ${draft.ruleSetId} has no version ${draft.baseVersion}`, `规则集 ${draft.ruleSetId} 没有第 ${draft.baseVersion} 版`);
  }
  if (base.version !== newest.version) {
    return refuse(
      'conflict',
      `rule set ${base.id}: version ${newest.version} (effective ${newest.effectiveFrom}) was saved after version ${base.version}, which this edit is based on; reload and edit again`,
      `规则集 ${base.id}：您基于第 ${base.version} 版修改，但此后已保存了第 ${newest.version} 版（${newest.effectiveFrom} 起施行）；请刷新后重新修改`,
    );
  }
  if (draft.effectiveFrom <= base.effectiveFrom) {
    return refuse(
      'bad-input',
      `effectiveFrom: ${draft.effectiveFrom} must be after version ${base.version}'s effective-from ${base.effectiveFrom} (a new version never replaces an earlier one retroactively)`,
      `施行日期：${draft.effectiveFrom} 须晚于第 ${base.version} 版的施行日期 ${base.effectiveFrom}（新版本不能追溯替换旧版本）`,
    );
  }
  const problem = checkChanges(base, draft);
  if (problem) return problem;
  const byId = new Map(draft.changes.map((c) => [c.ruleId, c]));
  const rules = base.rules.map((r) => applyChange(r, byId.get(r.id)));
  const sourceChanged = draft.source !== undefined && (draft.source.zh !== base.source.zh || draft.source.en !== base.source.en);
  if (!sourceChanged && rules.every((r, i) => base.rules[i] === undefined || !ruleChanged(r, base.rules[i]))) {
    return refuse('bad-input', 'changes: nothing differs from the base version', '修改项：与所依据的版本相比没有任何改动');
  }
  return validated({ ...base, version: newest.version + 1, effectiveFrom: draft.effectiveFrom, source: draft.source ?? base.source, rules }, base);
}
