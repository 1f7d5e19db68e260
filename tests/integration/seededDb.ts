import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import type { Dataset } from '../../shared/schemas/seed';
import { loadEmbeddedDataset } from '../../electron/dataset';
import { openLandDatabase } from '../../electron/db/open';
import { APP_ROOT } from './runCli';

let cached: Dataset | null = null;
export function embeddedDataset(): Dataset {
  cached ??= loadEmbeddedDataset(APP_ROOT);
  return cached;
}

export function openSeeded(file: string, loadDataset: () => Dataset = embeddedDataset) {
  return openLandDatabase(file, { loadDataset, ruleSets: [CLIENT_REPORT_RULE_SET], now: () => new Date('2026-11-27T08:00:00Z') });
}
