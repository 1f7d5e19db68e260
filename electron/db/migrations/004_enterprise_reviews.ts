import type { Migration } from './types';

/**
 * Objection / re-check notes on an enterprise's 亩均 grading (公示 + 异议, domain.md §7): one current note per
 * enterprise (credit code) and graded year, edited with a row version; every change also goes to audit_log.
 */
export const migration004: Migration = {
  version: 4,
  name: 'enterprise-reviews',
  up: `
    CREATE TABLE enterprise_reviews (
      uuid TEXT NOT NULL UNIQUE,
      credit_code TEXT NOT NULL CHECK (length(credit_code) BETWEEN 1 AND 64),
      year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
      status TEXT NOT NULL CHECK (status IN ('objection', 'recheck', 'upheld', 'revised')),
      note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
      PRIMARY KEY (credit_code, year)
    ) STRICT;
    CREATE INDEX enterprise_reviews_year ON enterprise_reviews(year);
  `,
};
