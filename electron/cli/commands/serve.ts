import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppSession } from '../../api/session';
import { ensureRendererBuilt } from '../../rendererBuild';
import { startBrowserServer } from '../../server/httpServer';
import type { CliContext } from '../context';
import { openCliDatabase } from '../database';
import { CliInputError } from '../errors';
import { stringFlag } from '../flags';

export function appVersion(appRoot: string): string {
  return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

function portFlag(ctx: CliContext): number {
  const raw = stringFlag(ctx, 'port') ?? '0';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliInputError([`--port must be a whole number 0–65535, got "${raw}"`]);
  return port;
}

/** Browser mode: prints the URL (with its token) on a line of its own and serves until stopped. */
export async function serveCommand(ctx: CliContext): Promise<{ close(): Promise<void>; url: string }> {
  const port = portFlag(ctx);
  const staticDir = ensureRendererBuilt(ctx.appRoot, (l) => ctx.io.stderr(`${l}\n`));
  const { db, file } = openCliDatabase(ctx);
  // A restore from the UI closes this connection and opens the restored file the same way.
  const session = createAppSession(db, () => openCliDatabase(ctx).db);
  const server = await startBrowserServer({
    deps: { db, session, now: ctx.now, databasePath: file, version: appVersion(ctx.appRoot) },
    staticDir,
    port,
    log: (e) => ctx.io.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  });
  ctx.io.stderr(ctx.lang === 'en' ? `Database: ${file}\nOpen this address in a browser:\n` : `数据库：${file}\n请在浏览器中打开：\n`);
  ctx.io.stdout(`${server.url}\n`);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      session.database.current.close();
    },
  };
}
