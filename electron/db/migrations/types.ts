import type { Db } from '../connection';

export interface Migration {
  version: number;
  name: string;
  /** SQL, or a function for data changes SQL cannot express; runs inside the migration's transaction. */
  up: string | ((db: Db) => void);
}
