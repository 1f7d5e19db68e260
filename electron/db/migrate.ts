import type { Db } from './connection';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The schema version the app's migrations lead to (0 without any). */
export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return Math.max(0, ...migrations.map((m) => m.version));
}

/** Applies each pending migration in its own transaction; PRAGMA user_version records the last one applied. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, upTo = Infinity): number[] {
  const applied: number[] = [];
  const current = schemaVersion(db);
  const latest = latestSchemaVersion(migrations);
  if (current > latest) throw new Error(`database schema ${current} is newer than this app (${latest}); update the app`);
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
