import { afterAll } from 'vitest';
import { apiCaller, testDeps } from './apiCall';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

export interface SeededApiSuiteOptions {
  /** The handlers' clock (deps.now); testDeps' TEST_NOW when left out. */
  now?: string;
  /** Start of the temp folder's name, to tell a suite's leftovers apart. */
  prefix?: string;
}

/**
 * A seeded land.sqlite in a fresh temp folder, opened at once (so a describe body may already call the API) and
 * closed with its folder removed after the suite's tests: where it is called, in a file or a describe.
 * `call`/`fail`/`callAs` are apiCaller's, on `deps`; `folder` names further files beside the database.
 */
export function seededApiSuite(options: SeededApiSuiteOptions = {}) {
  const folder = tempDir(options.prefix);
  const file = folder.file('land.sqlite');
  let opened: ReturnType<typeof openSeeded>;
  try {
    opened = openSeeded(file);
  } catch (e) {
    folder.remove();
    throw e;
  }
  const { db, created, seeded } = opened;
  const deps = testDeps(db, file, options.now);
  afterAll(() => {
    db.close();
    folder.remove();
  });
  return { file, db, created, seeded, deps, folder: { dir: folder.dir, file: folder.file }, ...apiCaller(() => deps) };
}
