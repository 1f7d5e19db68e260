import type { CliContext } from '../context';
import { gradeCommand, rankCommand } from './benchmarking';
import { plotsCommand, summaryCommand } from './database';
import { evaluateCommand, lifecycleCommand, unsuppliedCommand } from './engine';
import { backupCommand, exportCommand, restoreCommand } from './exchange';
import { importCommand } from './import';
import { reportCommand } from './report';
import { serveCommand } from './serve';

export type Command = (ctx: CliContext) => void | Promise<unknown>;

/** Every CLI command by name (cli-contract.md); one line per command. */
export const COMMANDS: Record<string, Command> = {
  evaluate: evaluateCommand,
  lifecycle: lifecycleCommand,
  unsupplied: unsuppliedCommand,
  summary: summaryCommand,
  plots: plotsCommand,
  serve: serveCommand,
  import: importCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  report: reportCommand,
  rank: rankCommand,
  grade: gradeCommand,
};
