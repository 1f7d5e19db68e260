import { parseArgs } from 'node:util';
import { Lang } from '../../shared/domain/enums';
import { COMMANDS } from './commands';
import { userCwd, type CliContext, type CliIo } from './context';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './errors';

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  db: { type: 'string' },
  input: { type: 'string' },
  'as-of': { type: 'string' },
  'rule-set': { type: 'string' },
  zone: { type: 'string' },
  port: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  crs: { type: 'string' },
  encoding: { type: 'string' },
  'dry-run': { type: 'boolean' },
  partial: { type: 'boolean' },
  year: { type: 'string' },
  preset: { type: 'string' },
  plots: { type: 'string' },
  xlsx: { type: 'string' },
  split: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PLANNED: string[] = [];

export const USAGE = `用法 / usage: npm run -s cli -- <command> [flags]
  evaluate --input FILE --json [--rule-set ID]
  lifecycle --input FILE --as-of DATE --json
  unsupplied --input FILE --as-of DATE --json
  summary [--as-of DATE] --json
  plots [--zone ID] [--as-of DATE] --json
  serve [--port N]
  import FILE [--dry-run] [--partial] --json
  export --format xlsx|csv|geojson|shp --out FILE [--zone ID] [--crs EPSG:4490|4526|4527|4547|4548] [--encoding gbk|utf-8]
  backup --out FILE
  restore FILE
  report --zone ID|all --out FILE.pdf [--as-of DATE] [--xlsx FILE.xlsx]
  report --zone ID|all --out DIR --split [--as-of DATE]
  report --plots ID,ID,… --out FILE.pdf [--as-of DATE]
  rank [--year YYYY] --json
  grade [--year YYYY] [--preset henan|zhejiang] --json
global: --db PATH, --lang zh|en`;

/** What the caller supplies: the arguments, plus the parts of a command's context that come from outside. */
export type RunEnv = Pick<CliContext, 'io' | 'cwd' | 'appRoot' | 'now' | 'env' | 'platform'> & { argv: string[] };

/** The RunEnv of this process: its environment, clock and platform, the folder the user typed the command in. */
export function processRunEnv(appRoot: string, argv: string[], io: CliIo): RunEnv {
  return { argv, io, cwd: userCwd(process.env, process.cwd()), appRoot, now: () => new Date(), env: process.env, platform: process.platform };
}

/** Runs one CLI invocation; returns the exit code (0 ok, 1 bad input, 2 internal). `serve` resolves once listening. */
export async function runCli(e: RunEnv): Promise<number> {
  const { argv, ...outside } = e;
  let ctx: CliContext;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const lang = Lang.safeParse(values.lang ?? 'zh');
    if (!lang.success) throw new CliInputError([`--lang must be zh or en, got "${values.lang}"`]);
    ctx = { ...outside, flags: values, positionals: positionals.slice(1), lang: lang.data, json: values.json ?? false };
    const name = positionals[0];
    if (values.help || name === undefined) {
      e.io.stdout(`${USAGE}\n`);
      return name === undefined && !values.help ? EXIT_BAD_INPUT : EXIT_OK;
    }
    const load = COMMANDS[name];
    if (!load) {
      const planned = PLANNED.includes(name) ? ' (not available in this version yet)' : '';
      throw new CliInputError([`unknown command "${name}"${planned}`, USAGE]);
    }
    const command = await load();
    await command(ctx);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliInputError) {
      e.io.stderr(`${error.lines.join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      e.io.stderr(`${error.message}\n${USAGE}\n`);
      return EXIT_BAD_INPUT;
    }
    e.io.stderr(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}
