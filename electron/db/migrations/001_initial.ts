import type { Migration } from './types';

/** Core tables of DESIGN.md §3: zones, plots, contracts, yearly metrics, batches, rule sets, audit log, settings. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE zones (
      id TEXT PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      short_name TEXT NOT NULL,
      name_en TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('national', 'provincial')),
      location TEXT NOT NULL CHECK (location IN ('central-city', 'county')),
      location_note TEXT NOT NULL,
      county TEXT NOT NULL,
      tier INTEGER NOT NULL,
      planned_area_ha REAL NOT NULL,
      leading_industries TEXT NOT NULL DEFAULT '[]',
      boundary TEXT NOT NULL,
      row_version INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE counties (
      adcode TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      boundary TEXT NOT NULL
    ) STRICT;

    CREATE TABLE batches (
      id TEXT PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      approval_no TEXT NOT NULL,
      approval_date TEXT NOT NULL,
      zone_id TEXT NOT NULL REFERENCES zones(id),
      approved_area_m2 REAL NOT NULL CHECK (approved_area_m2 > 0),
      withdrawn_area_m2 REAL NOT NULL DEFAULT 0 CHECK (withdrawn_area_m2 >= 0),
      geometry TEXT,
      row_version INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE plots (
      id TEXT PRIMARY KEY,
      parcel_no TEXT NOT NULL UNIQUE,
      supervision_no TEXT UNIQUE,
      zone_id TEXT NOT NULL REFERENCES zones(id),
      project_name TEXT NOT NULL DEFAULT '',
      land_user TEXT,
      credit_code TEXT,
      land_use_code TEXT,
      industry_code TEXT,
      project_type TEXT NOT NULL CHECK (project_type IN ('general', 'standard-factory')),
      land_area_m2 REAL NOT NULL CHECK (land_area_m2 > 0),
      geometry TEXT NOT NULL,
      original_crs TEXT NOT NULL DEFAULT 'EPSG:4490',
      batch_id TEXT REFERENCES batches(id),
      row_version INTEGER NOT NULL DEFAULT 1,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX plots_zone ON plots(zone_id);
    CREATE INDEX plots_batch ON plots(batch_id);
    CREATE INDEX plots_credit ON plots(credit_code);

    CREATE TABLE contracts (
      id TEXT PRIMARY KEY,
      plot_id TEXT NOT NULL UNIQUE REFERENCES plots(id) ON DELETE CASCADE,
      supply_method TEXT NOT NULL,
      contract_date TEXT,
      land_price_wan REAL,
      agreed_start_date TEXT,
      agreed_completion_date TEXT,
      actual_start_date TEXT,
      actual_completion_date TEXT,
      suspended_since TEXT,
      developed_area_share REAL CHECK (developed_area_share BETWEEN 0 AND 1),
      invested_share REAL CHECK (invested_share BETWEEN 0 AND 1),
      government_cause INTEGER NOT NULL DEFAULT 0 CHECK (government_cause IN (0, 1)),
      government_cause_reason TEXT,
      agreed_plot_ratio_min REAL,
      agreed_plot_ratio_max REAL,
      committed_investment_wan REAL,
      row_version INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE plot_metrics (
      plot_id TEXT NOT NULL REFERENCES plots(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      operating INTEGER NOT NULL CHECK (operating IN (0, 1)),
      floor_area_m2 REAL,
      building_footprint_m2 REAL,
      fixed_investment_wan REAL,
      annual_tax_wan REAL,
      output_wan REAL,
      added_value_wan REAL,
      employees INTEGER,
      PRIMARY KEY (plot_id, year)
    ) STRICT;

    CREATE TABLE rule_sets (
      id TEXT NOT NULL,
      version INTEGER NOT NULL,
      effective_from TEXT NOT NULL,
      definition TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT;

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      uuid TEXT NOT NULL UNIQUE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      table_name TEXT NOT NULL,
      record_id TEXT,
      field TEXT,
      old_value TEXT,
      new_value TEXT,
      reason TEXT
    ) STRICT;
    CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
