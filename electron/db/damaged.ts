import { backupsDir, listAutomaticBackups } from './autoBackup';
import type { Db } from './connection';

/** PRAGMA quick_check: the O(N) structural check (no index-content cross-check), fast enough for every start-up. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

/** How to get back to a working database from a damaged one: the newest automatic backup, with the exact command. */
export function recoveryAdvice(file: string): string {
  const backups = listAutomaticBackups(file);
  const newest = backups[0];
  if (!newest) {
    return `No automatic backup exists in ${backupsDir(file)}. Restore a copy made with \`backup --out\` (\`npm run -s cli -- restore COPY --db "${file}"\`), or move the damaged file aside to start again from the embedded data.`;
  }
  return [
    `Restore the newest automatic backup (taken before ${newest.reason === 'import' ? 'an import' : 'a schema migration'} at ${newest.takenAt}):`,
    `  npm run -s cli -- restore "${newest.file}" --db "${file}"`,
    `The damaged file is kept aside as ${file}.before-restore-<time>. ${backups.length} automatic backup(s) in ${backupsDir(file)}, newest first by name.`,
  ].join('\n');
}

/** The database file failed its start-up check or could not be opened as SQLite; nothing was written to it. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: the database is damaged (${detail}); the app will not use it.\n${recoveryAdvice(file)}`);
  }
}
