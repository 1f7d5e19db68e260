import { z } from 'zod';

/** How many automatic backups (before imports and migrations) to keep: local judgement, a setting (`backup.parameters`). */
export const BackupParameters = z.object({ keep: z.number().int().min(1).max(200) }).strict();
export type BackupParameters = z.infer<typeof BackupParameters>;
export const DEFAULT_BACKUP_PARAMETERS: BackupParameters = { keep: 10 };
