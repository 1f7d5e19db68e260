import type { CliContext } from '../context';

export type Command = (ctx: CliContext) => void | Promise<unknown>;

/**
 * Every CLI command by name (cli-contract.md); one line per command. Each is loaded when called: loading them all
 * took 0.3 s of every invocation, most of it for commands not run (report, serve).
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  evaluate: async () => (await import('./engine')).evaluateCommand,
  lifecycle: async () => (await import('./engine')).lifecycleCommand,
  unsupplied: async () => (await import('./engine')).unsuppliedCommand,
  summary: async () => (await import('./database')).summaryCommand,
  plots: async () => (await import('./database')).plotsCommand,
  serve: async () => (await import('./serve')).serveCommand,
  import: async () => (await import('./import')).importCommand,
  export: async () => (await import('./exchange')).exportCommand,
  backup: async () => (await import('./exchange')).backupCommand,
  restore: async () => (await import('./exchange')).restoreCommand,
  report: async () => (await import('./report')).reportCommand,
  rank: async () => (await import('./benchmarking')).rankCommand,
  grade: async () => (await import('./benchmarking')).gradeCommand,
};
