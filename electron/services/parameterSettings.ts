import type { z } from 'zod';
import { DEFAULT_IMPORT_PARAMETERS, ImportParameters } from '../../shared/import/parameters';
import { DEFAULT_LOCAL_PARAMETERS, LocalParameters } from '../../shared/rules/localParameters';
import { BackupParameters, DEFAULT_BACKUP_PARAMETERS } from '../../shared/settings/backupParameters';
import { ConflictError } from '../api/errors';
import { appendAudit } from '../db/audit';
import { BACKUP_PARAMETERS_KEY } from '../db/autoBackup';
import type { Db } from '../db/connection';
import { readSetting, SETTING_KEYS, writeSetting } from '../db/settings';
import { currentActor } from '../db/userName';
import { IMPORT_PARAMETERS_KEY } from './import/importFile';

/** One group of local parameters: one settings row, its reading schema, its defaults, and its name for refusals. */
export interface ParameterGroup<S extends z.ZodType<Record<string, unknown>>> {
  key: string;
  schema: S;
  defaults: z.output<S>;
  name: { en: string; zh: string };
}

const group = <S extends z.ZodType<Record<string, unknown>>>(g: ParameterGroup<S>) => g;

export const PARAMETER_GROUPS = {
  local: group({ key: SETTING_KEYS.localParameters, schema: LocalParameters, defaults: DEFAULT_LOCAL_PARAMETERS, name: { en: 'local practice parameters', zh: '地方惯例参数' } }),
  import: group({ key: IMPORT_PARAMETERS_KEY, schema: ImportParameters, defaults: DEFAULT_IMPORT_PARAMETERS, name: { en: 'import checks', zh: '导入校验参数' } }),
  backup: group({ key: BACKUP_PARAMETERS_KEY, schema: BackupParameters, defaults: DEFAULT_BACKUP_PARAMETERS, name: { en: 'automatic backups', zh: '自动备份参数' } }),
} as const;

/** JSON with keys sorted at every level, so two values compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function readParameters<S extends z.ZodType<Record<string, unknown>>>(db: Db, g: ParameterGroup<S>): z.output<S> {
  return readSetting(db, g.key, g.schema) ?? g.defaults;
}

/**
 * Saves a group in one transaction: refused (nothing written) when the stored value is no longer the one the form read;
 * otherwise one audit row per changed field, naming the user. An unchanged value writes nothing, so cached results
 * (which follow the database's change counters) stay valid; a changed one moves them, so every assessment is redone.
 */
export function saveParameters<S extends z.ZodType<Record<string, unknown>>>(
  db: Db,
  at: string,
  g: ParameterGroup<S>,
  expected: z.output<S>,
  value: z.output<S>,
): z.output<S> {
  return db.transaction(() => {
    const current = readParameters(db, g);
    if (canonical(current) !== canonical(expected)) {
      throw new ConflictError(`the ${g.name.en} changed since they were read; reload and save again`, `${g.name.zh}在读取后已被他人修改，请刷新后重新保存`);
    }
    const next = g.schema.parse(value);
    const changed = Object.keys(next).filter((field) => canonical(current[field]) !== canonical(next[field]));
    if (changed.length === 0) return current;
    writeSetting(db, g.key, next);
    const actor = currentActor(db);
    for (const field of changed) {
      appendAudit(db, at, { actor, action: 'update', table: 'settings', recordId: g.key, field, oldValue: current[field], newValue: next[field] });
    }
    // Reading the row back would give `next` again: it is what the same schema just produced.
    return next;
  })();
}
