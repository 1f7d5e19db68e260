import { z } from 'zod';
import { ImportParameters } from '../../import/parameters';
import { LocalParameters } from '../../rules/localParameters';
import { BackupParameters } from '../../settings/backupParameters';
import { EditableBackupParameters, EditableImportParameters, EditableLocalParameters } from '../../settings/editableParameters';

/**
 * A save of one parameter group: `expected` is the value the form read (its get's answer), `value` the new one. A save
 * whose `expected` no longer matches what is stored is refused (conflict): someone else saved in between.
 */
const save = <R extends z.ZodType, W extends z.ZodType>(read: R, write: W) => ({
  input: z.object({ expected: read, value: write }).strict(),
  output: read,
});

/**
 * Local parameters the law does not fix, edited in the 参数设置 view: local practice ([L]: reminder days, unsupplied-land
 * age buckets; settings key parameters.local), import checks (import.parameters) and automatic backups kept (backup.parameters).
 */
export const LOCAL_SETTINGS_METHODS = {
  'settings.local.get': { input: z.object({}).strict(), output: LocalParameters },
  'settings.local.set': save(LocalParameters, EditableLocalParameters),
  'settings.import.get': { input: z.object({}).strict(), output: ImportParameters },
  'settings.import.set': save(ImportParameters, EditableImportParameters),
  'settings.backup.get': { input: z.object({}).strict(), output: BackupParameters },
  'settings.backup.set': save(BackupParameters, EditableBackupParameters),
} as const;
