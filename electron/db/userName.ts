import { z } from 'zod';
import type { Db } from './connection';
import { readSetting, writeSetting } from './settings';

/** The user's name, a setting (no login on a single-user desktop): every audit row names it as the actor. */
export const USER_NAME_KEY = 'user.name';
const UserName = z.string().min(1);

export function readUserName(db: Db): string | null {
  return readSetting(db, USER_NAME_KEY, UserName);
}

export function writeUserName(db: Db, name: string): void {
  writeSetting(db, USER_NAME_KEY, name);
}

/** Who the audit log names for a write: the user's name, or 'user' until one is set. */
export function currentActor(db: Db): string {
  return readUserName(db) ?? 'user';
}
