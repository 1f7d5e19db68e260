import { homedir } from 'node:os';
import type { Db } from '../db/connection';
import { DatabaseDamagedError } from '../db/damaged';
import { NetworkPathError } from '../db/networkPath';
import { openLandDatabase } from '../db/open';
import { CliInputError } from './errors';
import { appDatabaseDeps } from '../dataset';
import { defaultDatabaseFile } from '../paths';
import { resolveUserPath, type CliContext } from './context';
import { stringFlag } from './flags';

export function databaseFile(ctx: CliContext): string {
  const flag = stringFlag(ctx, 'db');
  return flag === undefined ? defaultDatabaseFile({ platform: ctx.platform, env: ctx.env, home: homedir() }) : resolveUserPath(ctx, flag);
}

/** Opens the database named by --db (created and filled from data/ when missing). */
export function openCliDatabase(ctx: CliContext): { db: Db; file: string } {
  const file = databaseFile(ctx);
  try {
    const { db } = openLandDatabase(file, appDatabaseDeps(ctx.appRoot, ctx.now));
    return { db, file };
  } catch (e) {
    if (e instanceof NetworkPathError || e instanceof DatabaseDamagedError) throw new CliInputError([e.message]);
    throw e;
  }
}

export function withDatabase<T>(ctx: CliContext, work: (db: Db, file: string) => T): T {
  const { db, file } = openCliDatabase(ctx);
  try {
    return work(db, file);
  } finally {
    db.close();
  }
}
