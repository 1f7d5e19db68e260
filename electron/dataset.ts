import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset } from '../shared/schemas/seed';

export function datasetPath(appRoot: string): string {
  return join(appRoot, 'data', 'seed', 'dataset.json');
}

/** The embedded dataset, validated before it is used to fill a database. */
export function loadEmbeddedDataset(appRoot: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(datasetPath(appRoot), 'utf8')));
}
