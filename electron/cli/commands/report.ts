import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TOKEN_QUERY } from '../../../shared/api/transport';
import { loadZones } from '../../db/queries/zones';
import { ensureRendererBuilt } from '../../rendererBuild';
import { ChromiumMissingError, launchChromium, printRouteToPdf } from '../../reports/chromiumPdf';
import { startBrowserServer } from '../../server/httpServer';
import { resolveUserPath, type CliContext } from '../context';
import { openCliDatabase } from '../database';
import { CliInputError } from '../errors';
import { asOfFlag, requiredFlag } from '../flags';
import { appVersion } from './serve';

/**
 * `report --zone ID|all --out FILE.pdf [--as-of DATE] [--lang en]`: serves the app in-process on a temporary port,
 * prints its print route with Debian's Chromium, and closes both. `all` is the eight-zone city pack in one PDF.
 */
export async function reportCommand(ctx: CliContext): Promise<void> {
  const zone = requiredFlag(ctx, 'zone');
  const out = resolveUserPath(ctx, requiredFlag(ctx, 'out'));
  if (!out.toLowerCase().endsWith('.pdf')) throw new CliInputError([`--out must name a .pdf file, got "${out}"`]);
  if (!existsSync(dirname(out))) throw new CliInputError([`--out: folder ${dirname(out)} does not exist`]);
  const asOf = asOfFlag(ctx, false);
  const en = ctx.lang === 'en';

  const { db, file } = openCliDatabase(ctx);
  const cleanup: (() => Promise<void> | void)[] = [() => void db.close()];
  const onSignal = () => {
    ctx.io.stderr(en ? 'Cancelled.\n' : '已取消。\n');
    void Promise.allSettled([...cleanup].reverse().map((c) => c())).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  try {
    const zones = loadZones(db);
    if (zone !== 'all' && !zones.some((z) => z.id === zone)) {
      throw new CliInputError([`--zone: unknown zone "${zone}" (known: all, ${zones.map((z) => z.id).join(', ')})`]);
    }
    const staticDir = ensureRendererBuilt(ctx.appRoot, (l) => ctx.io.stderr(`${l}\n`));
    if (!existsSync(join(staticDir, 'print.html'))) throw new Error('the renderer build has no print.html: run npm run build:renderer');
    const server = await startBrowserServer({ deps: { db, now: ctx.now, databasePath: file, version: appVersion(ctx.appRoot) }, staticDir });
    cleanup.push(() => server.close());
    const browser = await launchChromium();
    cleanup.push(() => browser.close());
    const query = new URLSearchParams({ zone, asOf, lang: ctx.lang, [TOKEN_QUERY]: server.token });
    const label = zone === 'all' ? (en ? 'the eight-zone pack' : '八个开发区汇编') : zone;
    ctx.io.stderr(en ? `Printing ${label} as of ${asOf}…\n` : `正在生成 ${label}（截至 ${asOf}）…\n`);
    await printRouteToPdf(browser, { url: `http://127.0.0.1:${server.port}/print.html?${query.toString()}`, out, lang: ctx.lang });
    ctx.io.stderr(en ? `Written: ${out}\n` : `已生成：${out}\n`);
    if (ctx.json) ctx.io.stdout(`${JSON.stringify({ out, zone, asOf })}\n`);
  } catch (e) {
    if (e instanceof ChromiumMissingError) throw new CliInputError([e.message]);
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    for (const c of [...cleanup].reverse()) await c();
  }
}
