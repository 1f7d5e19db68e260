import { afterAll, beforeAll } from 'vitest';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import type { Dataset } from '../../shared/schemas/seed';
import { loadEmbeddedDataset } from '../../electron/dataset';
import { openDatabase, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openLandDatabase } from '../../electron/db/open';
import { seedDatabase } from '../../electron/db/seed';
import { APP_ROOT } from './runCli';
import { tempDir } from './tempDb';

/** The clock of the test databases: seeding, audit rows and handler deps. */
export const TEST_NOW = '2026-11-27T08:00:00Z';

let cached: Dataset | null = null;
export function embeddedDataset(): Dataset {
  cached ??= loadEmbeddedDataset(APP_ROOT);
  return cached;
}

export function openSeeded(file: string, loadDataset: () => Dataset = embeddedDataset) {
  return openLandDatabase(file, { loadDataset, ruleSets: [CLIENT_REPORT_RULE_SET], now: () => new Date(TEST_NOW) });
}

/** The embedded dataset in a database left at an older schema `version`, as an installed app of that version would have it. */
export function openSeededAtSchema(file: string, version: number): Db {
  const db = openDatabase(file);
  migrate(db, MIGRATIONS, version);
  seedDatabase(db, embeddedDataset(), [CLIENT_REPORT_RULE_SET], TEST_NOW);
  return db;
}

/**
 * Inside a describe: a seeded land.sqlite in a fresh temp folder, opened before the suite's tests (and handed to `use`),
 * closed after them with its folder removed. `file` names further files in that folder.
 */
export function seededForSuite(use: (db: Db) => void): { file: (name: string) => string } {
  const tmp = tempDir();
  let db: Db | undefined;
  beforeAll(() => {
    db = openSeeded(tmp.file('land.sqlite')).db;
    use(db);
  });
  afterAll(() => {
    db?.close();
    tmp.remove();
  });
  return { file: tmp.file };
}
