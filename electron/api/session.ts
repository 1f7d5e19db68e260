import type { Db } from '../db/connection';
import { ImportJobs } from '../services/import/importJobs';
import type { HandlerDeps } from './types';

/** The live database connection of a running app, which a restore closes and replaces. */
export interface DatabaseHolder {
  readonly current: Db;
  /** Closes the live connection, runs `swap` (which may replace the file), then opens the file again, even when `swap` throws. */
  reopenAround<T>(swap: () => T): T;
}

/** What lives as long as the running app (serve, desktop) and not per request: the database holder, the import jobs. */
export interface AppSession {
  database: DatabaseHolder;
  importJobs: ImportJobs;
}

export function createAppSession(first: Db, reopen: () => Db): AppSession {
  let current = first;
  const database: DatabaseHolder = {
    get current() {
      return current;
    },
    reopenAround(swap) {
      current.close();
      try {
        return swap();
      } finally {
        current = reopen();
      }
    },
  };
  return { database, importJobs: new ImportJobs() };
}

/** The deps a handler sees: with a session, `db` is whichever connection is live at the time of the call. */
export function liveDeps(deps: HandlerDeps): HandlerDeps {
  return deps.session ? { ...deps, db: deps.session.database.current } : deps;
}
