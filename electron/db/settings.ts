import type { z } from 'zod';
import type { Db } from './connection';

export function readSetting<S extends z.ZodType>(db: Db, key: string, schema: S): z.output<S> | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  return schema.parse(JSON.parse(row.value));
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export const SETTING_KEYS = {
  dataset: 'dataset.meta',
  activeRuleSet: 'ruleSet.active',
  localParameters: 'parameters.local',
} as const;
