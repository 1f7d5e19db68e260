import { join } from 'node:path';

export const APP_DIR_NAME = 'puyang-land';
export const DB_FILE_NAME = 'land.sqlite';

interface Platform {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

/** The per-user data folder, the same one Electron's userData resolves to, so CLI, browser mode and desktop share a database. */
export function defaultDataDir({ platform, env, home }: Platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

export function defaultDatabaseFile(p: Platform): string {
  return join(defaultDataDir(p), DB_FILE_NAME);
}
