import type { RuleSet } from '../../../shared/rules/ruleSetSchema';
import type { Db } from '../connection';

/** The audit table's name for a stored version: `<id>@<version>`. */
export const versionRecordId = (id: string, version: number) => `${id}@${version}`;

/** Appends a version; the primary key (id, version) refuses a second writer of the same number. Never updates a row. */
export function insertRuleSetVersion(db: Db, ruleSet: RuleSet): void {
  db.prepare('INSERT INTO rule_sets (id, version, effective_from, definition) VALUES (?, ?, ?, ?)').run(
    ruleSet.id,
    ruleSet.version,
    ruleSet.effectiveFrom,
    JSON.stringify(ruleSet),
  );
}

export interface VersionSaved {
  at: string;
  actor: string;
  reason: string | null;
}

/** Who saved each version and why, from the audit rows written with it (keyed by versionRecordId). */
export function loadVersionAudit(db: Db): Map<string, VersionSaved> {
  const rows = db
    .prepare("SELECT record_id AS recordId, at, actor, reason FROM audit_log WHERE table_name = 'rule_sets' AND action = 'create' ORDER BY seq")
    .all() as (VersionSaved & { recordId: string })[];
  return new Map(rows.map(({ recordId, ...saved }) => [recordId, saved]));
}
