import type { z } from 'zod';
import type { Db } from './connection';
import { cachedStatement } from './statements';

export function readSetting<S extends z.ZodType>(db: Db, key: string, schema: S): z.output<S> | null {
  const row = cachedStatement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  return schema.parse(JSON.parse(row.value));
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  cachedStatement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export const SETTING_KEYS = {
  dataset: 'dataset.meta',
  activeRuleSet: 'ruleSet.active',
  localParameters: 'parameters.local',
} as const;
