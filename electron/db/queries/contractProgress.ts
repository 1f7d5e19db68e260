import { Art8Ground } from '../../../shared/rules/governmentCause';
import type { Db } from '../connection';

/** The progress fields of a plot's supply contract that inspections update, with the row version that guards them. */
export interface ContractProgress {
  id: string;
  rowVersion: number;
  actualStartDate: string | null;
  actualCompletionDate: string | null;
  suspendedSince: string | null;
  developedAreaShare: number | null;
  investedShare: number | null;
  governmentCause: boolean;
  governmentGround: Art8Ground | null;
  governmentReason: string | null;
}

export const PROGRESS_COLUMNS = {
  actualStartDate: 'actual_start_date',
  actualCompletionDate: 'actual_completion_date',
  suspendedSince: 'suspended_since',
  developedAreaShare: 'developed_area_share',
  investedShare: 'invested_share',
} as const;
export type ProgressField = keyof typeof PROGRESS_COLUMNS;

/** The Art. 8 ground recorded on each contract that has one, by plot id. */
export function loadGovernmentGrounds(db: Db): Map<string, Art8Ground> {
  const rows = db.prepare('SELECT plot_id, government_cause_ground AS g FROM contracts WHERE government_cause_ground IS NOT NULL').all() as { plot_id: string; g: string }[];
  return new Map(rows.map((r) => [r.plot_id, Art8Ground.parse(r.g)]));
}

export function loadContractProgress(db: Db, plotId: string): ContractProgress | null {
  const r = db
    .prepare(
      `SELECT id, row_version, actual_start_date, actual_completion_date, suspended_since, developed_area_share, invested_share,
         government_cause, government_cause_ground, government_cause_reason FROM contracts WHERE plot_id = ?`,
    )
    .get(plotId) as
    | {
        id: string;
        row_version: number;
        actual_start_date: string | null;
        actual_completion_date: string | null;
        suspended_since: string | null;
        developed_area_share: number | null;
        invested_share: number | null;
        government_cause: number;
        government_cause_ground: string | null;
        government_cause_reason: string | null;
      }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    rowVersion: r.row_version,
    actualStartDate: r.actual_start_date,
    actualCompletionDate: r.actual_completion_date,
    suspendedSince: r.suspended_since,
    developedAreaShare: r.developed_area_share,
    investedShare: r.invested_share,
    governmentCause: r.government_cause === 1,
    governmentGround: r.government_cause_ground === null ? null : Art8Ground.parse(r.government_cause_ground),
    governmentReason: r.government_cause_reason,
  };
}

/** Writes changed columns and bumps the row version only if it is still `expectedVersion`; false when someone got there first. */
export function updateContract(db: Db, id: string, expectedVersion: number, columns: Record<string, string | number | null>): boolean {
  const names = Object.keys(columns);
  const sets = [...names.map((n) => `${n} = @${n}`), 'row_version = row_version + 1'].join(', ');
  const info = db.prepare(`UPDATE contracts SET ${sets} WHERE id = @id AND row_version = @expected`).run({ ...columns, id, expected: expectedVersion });
  return info.changes === 1;
}
