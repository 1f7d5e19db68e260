import { timeOrderedId } from './ids';
import type { Db } from './connection';
import { cachedStatement } from './statements';

export interface AuditEntry {
  actor: string;
  action: string;
  table: string;
  recordId?: string | null;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Appends to the audit log; call inside the transaction of the write it records. */
export function appendAudit(db: Db, at: string, entry: AuditEntry): void {
  cachedStatement(db, 
    `INSERT INTO audit_log (uuid, at, actor, action, table_name, record_id, field, old_value, new_value, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    timeOrderedId(),
    at,
    entry.actor,
    entry.action,
    entry.table,
    entry.recordId ?? null,
    entry.field ?? null,
    json(entry.oldValue),
    json(entry.newValue),
    entry.reason ?? null,
  );
}
