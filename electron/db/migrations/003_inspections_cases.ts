import { groundFromReason } from '../../../shared/rules/governmentCause';
import type { Db } from '../connection';
import type { Migration } from './types';

const STATES = `'suspected', 'investigation-notice', 'cause-determined', 'idle-determination', 'disclosure', 'hearing',
  'fee-decision', 'recovery-decision', 'art12-track', 'disposed', 'recovered', 'closed-development-started'`;
const GROUNDS = `'land-not-delivered', 'plan-revision', 'national-policy', 'petition', 'military-or-relics', 'other-government-act', 'force-majeure'`;

const appendOnly = (table: string) => `
    CREATE TRIGGER ${table}_append_only_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
    CREATE TRIGGER ${table}_append_only_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;`;

/**
 * Inspections, their photos, idle-land disposal cases and their steps (DESIGN.md §3, §7: inspections and case steps
 * are append-only events); the Art. 8 ground of a government-caused delay on the contract, read back from the
 * free-text reasons already stored.
 */
export const migration003: Migration = {
  version: 3,
  name: 'inspections-cases',
  up: (db: Db) => {
    db.exec(SCHEMA);
    const update = db.prepare('UPDATE contracts SET government_cause_ground = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, government_cause_reason AS reason FROM contracts WHERE government_cause = 1').all() as {
      id: string;
      reason: string | null;
    }[];
    for (const r of rows) update.run(groundFromReason(r.reason) ?? 'other-government-act', r.id);
  },
};

const SCHEMA = `
    CREATE TABLE inspections (
      id TEXT PRIMARY KEY,
      plot_id TEXT NOT NULL REFERENCES plots(id),
      inspected_at TEXT NOT NULL,
      inspector TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      suspected_status TEXT,
      planning_permit_no TEXT,
      construction_permit_no TEXT,
      started INTEGER NOT NULL CHECK (started IN (0, 1)),
      start_basis TEXT CHECK (start_basis IN ('foundation-pit', 'piles', 'foundation-third')),
      started_on TEXT,
      stage TEXT NOT NULL CHECK (stage IN ('not-started', 'foundation', 'structure', 'topped-out', 'completed')),
      percent_built REAL CHECK (percent_built BETWEEN 0 AND 100),
      developed_area_share REAL CHECK (developed_area_share BETWEEN 0 AND 1),
      invested_share REAL CHECK (invested_share BETWEEN 0 AND 1),
      suspended_since TEXT,
      completed_on TEXT,
      acceptance_no TEXT,
      notes TEXT NOT NULL DEFAULT '',
      lon REAL,
      lat REAL,
      accuracy_m REAL CHECK (accuracy_m > 0),
      position_source TEXT CHECK (position_source IN ('entered', 'map', 'photo')),
      outside_plot_m REAL,
      CHECK ((lon IS NULL) = (lat IS NULL))
    ) STRICT;
    CREATE INDEX inspections_plot ON inspections(plot_id, inspected_at);
    ${appendOnly('inspections')}

    CREATE TABLE inspection_photos (
      id TEXT PRIMARY KEY,
      inspection_id TEXT NOT NULL REFERENCES inspections(id),
      seq INTEGER NOT NULL,
      original_name TEXT NOT NULL,
      stored_name TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      mime TEXT NOT NULL,
      taken_at TEXT,
      lon REAL,
      lat REAL,
      outside_plot_m REAL,
      UNIQUE (inspection_id, seq)
    ) STRICT;
    ${appendOnly('inspection_photos')}

    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      plot_id TEXT NOT NULL REFERENCES plots(id),
      state TEXT NOT NULL CHECK (state IN (${STATES})),
      cause TEXT CHECK (cause IN ('enterprise', 'government')),
      opened_on TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      row_version INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX cases_plot ON cases(plot_id);
    CREATE UNIQUE INDEX cases_one_open_per_plot ON cases(plot_id)
      WHERE state NOT IN ('disposed', 'recovered', 'closed-development-started');

    CREATE TABLE case_steps (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id),
      seq INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN (${STATES})),
      date TEXT NOT NULL,
      document_no TEXT,
      cause TEXT CHECK (cause IN ('enterprise', 'government')),
      note TEXT NOT NULL DEFAULT '',
      attachments TEXT NOT NULL DEFAULT '[]',
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      UNIQUE (case_id, seq)
    ) STRICT;
    ${appendOnly('case_steps')}

    ALTER TABLE contracts ADD COLUMN government_cause_ground TEXT CHECK (government_cause_ground IN (${GROUNDS}));
    CREATE INDEX audit_log_record ON audit_log(record_id);
`;
