import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_REPORT_RULE_SET } from '../shared/rules/clientReportRuleSet';
import { Dataset } from '../shared/schemas/seed';
import type { OpenLandDatabaseDeps } from './db/open';

export function datasetPath(appRoot: string): string {
  return join(appRoot, 'data', 'seed', 'dataset.json');
}

/** The embedded dataset, validated before it is used to fill a database. */
export function loadEmbeddedDataset(appRoot: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(datasetPath(appRoot), 'utf8')));
}

/** How the app opens its database (desktop and CLI alike): an empty one is filled from the embedded dataset and rule set. */
export function appDatabaseDeps(appRoot: string, now: () => Date): OpenLandDatabaseDeps {
  return { loadDataset: () => loadEmbeddedDataset(appRoot), ruleSets: [CLIENT_REPORT_RULE_SET], now };
}
