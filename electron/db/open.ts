import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import type { Dataset } from '../../shared/schemas/seed';
import { openDatabase, type Db } from './connection';
import { migrate } from './migrate';
import { assertLocalPath } from './networkPath';
import { seedDatabase } from './seed';

export interface OpenLandDatabaseDeps {
  loadDataset: () => Dataset;
  ruleSets: readonly RuleSet[];
  now: () => Date;
}

/** Opens (creating if needed) the app's database, migrates it, and fills an empty one from the embedded dataset. */
export function openLandDatabase(file: string, deps: OpenLandDatabaseDeps): { db: Db; created: boolean; seeded: boolean } {
  if (file !== ':memory:') assertLocalPath(file);
  const created = file === ':memory:' || !existsSync(file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file);
  try {
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
