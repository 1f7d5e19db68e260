import type { AuditRowView } from '../../../shared/api/idleLandViews';
import type { Db } from '../connection';

/**
 * A plot's history: audit rows about the plot itself, its contract, its inspections and its cases, oldest first.
 * Rows name the record they changed, so the plot's own records are gathered first.
 */
export function loadPlotAudit(db: Db, plotId: string): AuditRowView[] {
  const rows = db
    .prepare(
      `SELECT seq, at, actor, action, table_name, record_id, field, old_value, new_value, reason FROM audit_log
       WHERE record_id = @plotId
          OR record_id IN (SELECT id FROM contracts WHERE plot_id = @plotId)
          OR record_id IN (SELECT id FROM inspections WHERE plot_id = @plotId)
          OR record_id IN (SELECT id FROM cases WHERE plot_id = @plotId)
       ORDER BY seq`,
    )
    .all({ plotId }) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
    table_name: string;
    record_id: string | null;
    field: string | null;
    old_value: string | null;
    new_value: string | null;
    reason: string | null;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    table: r.table_name,
    recordId: r.record_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
  }));
}
