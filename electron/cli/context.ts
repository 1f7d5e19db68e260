import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Lang } from '../../shared/domain/enums';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What every command receives: parsed flags, where the user stands, the clock, the app root. No globals. */
export interface CliContext {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: CliIo;
  cwd: string;
  appRoot: string;
  now: () => Date;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  lang: Lang;
  json: boolean;
}

/** npm run changes into the package folder; INIT_CWD is where the user typed the command. */
export function userCwd(env: NodeJS.ProcessEnv, fallback: string): string {
  return env.INIT_CWD ?? fallback;
}

export function resolveUserPath(ctx: Pick<CliContext, 'cwd'>, path: string): string {
  if (path.startsWith('~/')) return resolve(homedir(), path.slice(2));
  return isAbsolute(path) ? path : resolve(ctx.cwd, path);
}
