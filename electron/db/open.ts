import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import type { Dataset } from '../../shared/schemas/seed';
import { takeAutomaticBackup } from './autoBackup';
import { openDatabase, type Db } from './connection';
import { DatabaseDamagedError, quickCheck } from './damaged';
import { latestSchemaVersion, migrate, schemaVersion } from './migrate';
import { assertLocalPath } from './networkPath';
import { seedDatabase } from './seed';

export interface OpenLandDatabaseDeps {
  loadDataset: () => Dataset;
  ruleSets: readonly RuleSet[];
  now: () => Date;
}

function openChecked(file: string): Db {
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (e) {
    throw new DatabaseDamagedError(file, (e as Error).message);
  }
  if (file === ':memory:') return db;
  let result: string;
  try {
    result = quickCheck(db);
  } catch (e) {
    result = (e as Error).message;
  }
  if (result !== 'ok') {
    db.close();
    throw new DatabaseDamagedError(file, result);
  }
  return db;
}

/**
 * Opens (creating if needed) the app's database: quick_check first (a damaged file is refused with the way back, see
 * damaged.ts), an automatic backup before any pending migration, then migrations, and an empty one is filled from the
 * embedded dataset.
 */
export function openLandDatabase(file: string, deps: OpenLandDatabaseDeps): { db: Db; created: boolean; seeded: boolean } {
  if (file !== ':memory:') assertLocalPath(file);
  const created = file === ':memory:' || !existsSync(file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openChecked(file);
  try {
    const version = schemaVersion(db);
    if (!created && version > 0 && version < latestSchemaVersion()) takeAutomaticBackup(db, 'migration', deps.now());
    migrate(db);
    const zones = (db.prepare('SELECT count(*) AS n FROM zones').get() as { n: number }).n;
    const seeded = zones === 0;
    if (seeded) seedDatabase(db, deps.loadDataset(), deps.ruleSets, deps.now().toISOString());
    return { db, created, seeded };
  } catch (error) {
    db.close();
    throw error;
  }
}
