import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupInputError, restoreDatabase, validateBackup } from '../../services/backup/restore';
import { BadInputError, ConflictError } from '../errors';
import type { HandlerMap } from '../types';
import { plotAndZoneCounts } from '../../db/queries/counts';

/**
 * Restore from the UI: the uploaded file is checked before the live database is touched; then the connection is
 * closed, the file replaced (the previous one kept aside, the restored one migrated) and opened again. Caches are per
 * connection (WeakMaps keyed by it), so the new connection starts with none.
 */
export const restoreHandlers: HandlerMap<'backup.restore'> = {
  'backup.restore': (deps, input) => {
    const session = deps.session;
    if (!session) throw new BadInputError('restore needs the running app; on the command line use `restore <file>`', '恢复需要在运行中的程序里进行；命令行请用 `restore <文件>`');
    if (deps.databasePath === ':memory:' || deps.databasePath === '') throw new BadInputError('restore needs a database on disk', '恢复需要磁盘上的数据库文件');
    if (session.importJobs.busy()) throw new ConflictError('an import is running: let it finish or cancel it, then restore', '正在导入数据：请等导入完成或取消后再恢复');
    const dir = mkdtempSync(join(tmpdir(), 'land-restore-'));
    const upload = join(dir, 'upload.sqlite');
    try {
      writeFileSync(upload, Buffer.from(input.contentBase64, 'base64'));
      const plain = (text: string) => text.split(upload).join(input.fileName);
      let checked: number;
      try {
        checked = validateBackup(upload);
      } catch (e) {
        if (e instanceof BackupInputError) throw new BadInputError(plain(e.message), plain(e.messageZh));
        throw e;
      }
      const r = session.database.reopenAround(() => restoreDatabase(upload, deps.databasePath, deps.now(), checked));
      const db = session.database.current;
      return { ...plotAndZoneCounts(db), schemaVersionBefore: r.schemaVersionBefore, schemaVersion: r.schemaVersionAfter, previous: r.previous };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
