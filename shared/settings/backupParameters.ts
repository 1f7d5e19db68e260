import { z } from 'zod';

/** How many automatic backups (before imports and migrations) to keep: local judgement, a setting (`backup.parameters`). */
/** How many may be kept: the schema's limits and the range the 参数设置 form states. */
export const BACKUP_KEEP_RANGE = { min: 1, max: 200 } as const;
export const BackupParameters = z.object({ keep: z.number().int().min(BACKUP_KEEP_RANGE.min).max(BACKUP_KEEP_RANGE.max) });
export type BackupParameters = z.infer<typeof BackupParameters>;
export const DEFAULT_BACKUP_PARAMETERS: BackupParameters = { keep: 10 };
