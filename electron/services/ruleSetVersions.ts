import type { DraftImpactView, RuleSetsList, RuleSetVersionView } from '../../shared/api/ruleSetViews';
import type { IsoDate } from '../../shared/domain/dates';
import { withKnownConfidence } from '../../shared/rules/ruleConfidence';
import { applyDraft, type DraftRefusal, type RuleSetDraft, type RuleSetEdits } from '../../shared/rules/ruleSetDraft';
import { draftImpact } from '../../shared/rules/ruleSetImpact';
import { ruleSetInForce } from '../../shared/rules/ruleSetInForce';
import type { Rule, RuleSet } from '../../shared/rules/ruleSetSchema';
import { BadInputError, ConflictError, NotFoundError } from '../api/errors';
import { appendAudit } from '../db/audit';
import type { Db } from '../db/connection';
import { loadRuleSets } from '../db/queries/ruleSets';
import { insertRuleSetVersion, loadVersionAudit, versionRecordId, type VersionSaved } from '../db/queries/ruleSetVersions';
import { currentActor } from '../db/userName';
import { assessAllPlots, loadEngineContext } from './assessments';

function refusal(r: DraftRefusal): Error {
  if (r.kind === 'not-found') return new NotFoundError(r.message, r.messageZh);
  if (r.kind === 'conflict') return new ConflictError(r.message, r.messageZh);
  return new BadInputError(r.message, r.messageZh);
}

function versionView(r: RuleSet, inForceToday: boolean, today: IsoDate, plotCount: number, saved: VersionSaved | undefined): RuleSetVersionView {
  const shown = withKnownConfidence(r);
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    effectiveFrom: r.effectiveFrom,
    source: r.source,
    rules: shown.rules,
    inForceToday,
    scheduled: r.effectiveFrom > today,
    plotCount,
    savedAt: saved?.at ?? null,
    savedBy: saved?.actor ?? null,
    reason: saved?.reason ?? null,
  };
}

/** Every stored version (newest first per rule set), which one is in force today, and how many plots each judges now. */
export function listRuleSetVersions(db: Db, today: IsoDate): RuleSetsList {
  const all = loadRuleSets(db);
  const audit = loadVersionAudit(db);
  const counts = new Map<string, number>();
  for (const { ruleSet } of assessAllPlots(db, today)) {
    const key = versionRecordId(ruleSet.id, ruleSet.version);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ids = new Set(all.map((r) => r.id));
  const inForce = new Set([...ids].map((id) => ruleSetInForce(all.filter((v) => v.id === id), today)));
  const sorted = [...all].sort((a, b) => a.id.localeCompare(b.id) || b.version - a.version);
  return {
    today,
    versions: sorted.map((r) => {
      const key = versionRecordId(r.id, r.version);
      return versionView(r, inForce.has(r), today, counts.get(key) ?? 0, audit.get(key));
    }),
  };
}

/** The draft's version number and the plots whose status it would change (as of `asOf`); writes nothing. */
export function previewRuleSetDraft(db: Db, draft: RuleSetEdits, asOf: IsoDate): DraftImpactView {
  const stored = loadRuleSets(db);
  const built = applyDraft(stored, draft);
  if (!built.ok) throw refusal(built.refusal);
  const ctx = loadEngineContext(db);
  // Only the applied rule set's versions judge plots: a draft of another rule set changes no plot's status.
  const judges = ctx.ruleSets.some((r) => r.id === built.ruleSet.id);
  const plots = judges ? assessAllPlots(db, asOf, ctx).map(({ plot, zone }) => ({ plot, zone })) : [];
  return { version: built.ruleSet.version, ...draftImpact(plots, ctx.ruleSets, built.ruleSet, ctx.params, asOf) };
}

const changedRules = (base: RuleSet, next: RuleSet): { before: Partial<Rule>[]; after: Partial<Rule>[] } => {
  const pairs = next.rules.flatMap((r) => {
    const old = base.rules.find((b) => b.id === r.id);
    return old && JSON.stringify(old) !== JSON.stringify(r) ? [[old, r] as const] : [];
  });
  const pick = (r: Rule): Partial<Rule> => ({ id: r.id, threshold: r.threshold, sourceWording: r.sourceWording, note: r.note });
  return { before: pairs.map(([o]) => pick(o)), after: pairs.map(([, n]) => pick(n)) };
};

/**
 * Appends the next version in one transaction with its audit row; the draft is checked again inside it, so a version
 * saved meanwhile (another window, another process) turns this one into a conflict instead of a second "version N".
 */
export function createRuleSetVersion(db: Db, draft: RuleSetDraft, at: string, today: IsoDate): RuleSetVersionView {
  const saved = db.transaction(() => {
    const built = applyDraft(loadRuleSets(db), draft);
    if (!built.ok) throw refusal(built.refusal);
    const { ruleSet, base } = built;
    insertRuleSetVersion(db, ruleSet);
    const { before, after } = changedRules(base, ruleSet);
    appendAudit(db, at, {
      actor: currentActor(db),
      action: 'create',
      table: 'rule_sets',
      recordId: versionRecordId(ruleSet.id, ruleSet.version),
      field: 'version',
      oldValue: { version: base.version, effectiveFrom: base.effectiveFrom, source: base.source, rules: before },
      newValue: { version: ruleSet.version, effectiveFrom: ruleSet.effectiveFrom, source: ruleSet.source, rules: after },
      reason: draft.reason,
    });
    return ruleSet;
  }).immediate();
  return listRuleSetVersions(db, today).versions.find((v) => v.id === saved.id && v.version === saved.version) as RuleSetVersionView;
}
