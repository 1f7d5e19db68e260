import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { API, type ApiMethod, type ApiOutput } from '../../../shared/api/contract';
import type { ZoneReport } from '../../../shared/report/reportViews';
import { dispatch } from '../../api/dispatch';
import type { HandlerDeps } from '../../api/handlers';
import type { Db } from '../../db/connection';
import { ChromiumMissingError } from '../../reports/chromiumPdf';
import { openPrintSession, type PrintSession } from '../../reports/printSession';
import { writeReportXlsx } from '../../reports/reportXlsx';
import { resolvePlotRefs } from '../../reports/resolvePlots';
import { resolveUserPath, type CliContext } from '../context';
import { openCliDatabase } from '../database';
import { CliInputError } from '../errors';
import { asOfFlag, stringFlag } from '../flags';
import { appVersion } from './serve';

/** One job per invocation, validated before anything is opened or printed. */
type Job =
  | { kind: 'zone'; zone: string; out: string | null; split: boolean; xlsx: string | null }
  | { kind: 'plots'; refs: string[]; out: string };

function fileFlag(ctx: CliContext, name: string, ext: string): string | null {
  const raw = stringFlag(ctx, name);
  if (raw === undefined) return null;
  const path = resolveUserPath(ctx, raw);
  if (!path.toLowerCase().endsWith(ext)) throw new CliInputError([`--${name} must name a ${ext} file, got "${raw}"`]);
  if (!existsSync(dirname(path))) throw new CliInputError([`--${name}: folder ${dirname(path)} does not exist`]);
  return path;
}

function readJob(ctx: CliContext): Job {
  const zone = stringFlag(ctx, 'zone');
  const plots = stringFlag(ctx, 'plots');
  const split = ctx.flags.split === true;
  if ((zone === undefined) === (plots === undefined)) throw new CliInputError(['give either --zone ID|all or --plots ID,ID,…']);
  if (plots !== undefined) {
    if (split || ctx.flags.xlsx !== undefined) throw new CliInputError(['--split and --xlsx go with --zone, not --plots']);
    const refs = plots.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (refs.length === 0) throw new CliInputError(['--plots needs at least one plot id or parcel number']);
    const out = fileFlag(ctx, 'out', '.pdf');
    if (out === null) throw new CliInputError(['--out FILE.pdf is required']);
    return { kind: 'plots', refs, out };
  }
  const xlsx = fileFlag(ctx, 'xlsx', '.xlsx');
  const rawOut = stringFlag(ctx, 'out');
  if (split && rawOut === undefined) throw new CliInputError(['--split needs --out DIR: the folder for one PDF per zone']);
  if (rawOut === undefined && xlsx === null) throw new CliInputError(['--out is required (or --xlsx FILE for the tables only)']);
  if (!split || rawOut === undefined) return { kind: 'zone', zone: zone ?? 'all', out: fileFlag(ctx, 'out', '.pdf'), split: false, xlsx };
  const dir = resolveUserPath(ctx, rawOut);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new CliInputError([`--out: ${dir} is a file; with --split it names a folder`]);
  if (!existsSync(dirname(dir))) throw new CliInputError([`--out: folder ${dirname(dir)} does not exist`]);
  return { kind: 'zone', zone: zone ?? 'all', out: dir, split, xlsx };
}

function call<M extends ApiMethod>(deps: HandlerDeps, method: M, input: unknown): ApiOutput<M> {
  const r = dispatch(deps, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return API[method].output.parse(r.data) as ApiOutput<M>;
}

/** `01-gaoxin-濮阳高新技术产业开发区.pdf`: sorts in the pack's order, readable in a file manager. */
const splitName = (i: number, r: Pick<ZoneReport['zone'], 'id' | 'name'>) => `${String(i + 1).padStart(2, '0')}-${r.id}-${r.name.replace(/[\\/:*?"<>|]/g, '_')}.pdf`;

/**
 * `report --zone ID|all --out FILE.pdf [--as-of DATE]` (one PDF; `all` is the eight-zone pack),
 * `… --out DIR --split` (one PDF per zone), `… --xlsx FILE.xlsx` (the report's tables),
 * `report --plots ID,ID,… --out FILE.pdf` (one plot sheet per page). Printed with Debian's Chromium.
 */
export async function reportCommand(ctx: CliContext): Promise<void> {
  const job = readJob(ctx);
  const asOf = asOfFlag(ctx, false);
  const en = ctx.lang === 'en';
  const say = (zh: string, english: string) => ctx.io.stderr(`${en ? english : zh}\n`);
  const { db, file } = openCliDatabase(ctx);
  const deps: HandlerDeps = { db, now: ctx.now, databasePath: file, version: appVersion(ctx.appRoot), transport: 'http' };
  let session: PrintSession | null = null;
  const printer = async () => (session ??= await openPrintSession({ appRoot: ctx.appRoot, deps, lang: ctx.lang, log: (l) => ctx.io.stderr(`${l}\n`) }));
  const onSignal = () => {
    say('已取消。', 'Cancelled.');
    void Promise.allSettled([session?.close(), db.close()]).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  try {
    const written = job.kind === 'plots' ? await printPlots(db, job, asOf, printer, say) : await printZones(deps, job, asOf, ctx.lang, printer, say);
    if (ctx.json) ctx.io.stdout(`${JSON.stringify({ ...written, asOf })}\n`);
  } catch (e) {
    if (e instanceof ChromiumMissingError) throw new CliInputError([e.message]);
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    const s = session as PrintSession | null;
    if (s) await s.close();
    db.close();
  }
}

type Say = (zh: string, en: string) => void;

async function printPlots(db: Db, job: Extract<Job, { kind: 'plots' }>, asOf: string, printer: () => Promise<PrintSession>, say: Say) {
  const { ids, unknown } = resolvePlotRefs(db, job.refs);
  if (unknown.length > 0) throw new CliInputError([`--plots: no plot with id or parcel number ${unknown.map((u) => `"${u}"`).join(', ')}`]);
  say(`正在生成 ${ids.length} 宗宗地核查表（截至 ${asOf}）…`, `Printing ${ids.length} plot sheets as of ${asOf}…`);
  await (await printer()).print({ plots: ids.join(','), asOf }, job.out);
  say(`已生成：${job.out}`, `Written: ${job.out}`);
  return { out: job.out, plots: ids };
}

async function printZones(deps: HandlerDeps, job: Extract<Job, { kind: 'zone' }>, asOf: string, lang: 'zh' | 'en', printer: () => Promise<PrintSession>, say: Say) {
  const zones = call(deps, 'zones.list', { asOf });
  if (job.zone !== 'all' && !zones.some((z) => z.id === job.zone)) {
    throw new CliInputError([`--zone: unknown zone "${job.zone}" (known: all, ${zones.map((z) => z.id).join(', ')})`]);
  }
  const chosen = job.zone === 'all' ? zones : zones.filter((z) => z.id === job.zone);
  const files: string[] = [];
  if (job.xlsx !== null) {
    const reports = chosen.map((z) => call(deps, 'report.zone', { asOf, zoneId: z.id }));
    await writeReportXlsx(reports, lang, job.zone === 'all', job.xlsx);
    say(`已导出表格：${job.xlsx}`, `Tables written: ${job.xlsx}`);
  }
  if (job.out !== null && job.split) {
    mkdirSync(job.out, { recursive: true });
    for (const [i, z] of chosen.entries()) {
      const out = join(job.out, splitName(i, z));
      say(`[${i + 1}/${chosen.length}] ${z.name}（截至 ${asOf}）…`, `[${i + 1}/${chosen.length}] ${z.nameEn} as of ${asOf}…`);
      await (await printer()).print({ zone: z.id, asOf }, out);
      files.push(out);
    }
    say(`已生成 ${files.length} 个文件：${job.out}`, `Written ${files.length} files to ${job.out}`);
  } else if (job.out !== null) {
    const label = job.zone === 'all' ? (lang === 'en' ? 'the eight-zone pack' : '八个开发区汇编') : job.zone;
    say(`正在生成 ${label}（截至 ${asOf}）…`, `Printing ${label} as of ${asOf}…`);
    const progress = (done: number, total: number) => total > 1 && say(`已完成 ${done}/${total} 个开发区`, `${done}/${total} zones done`);
    await (await printer()).print({ zone: job.zone, asOf }, job.out, progress);
    say(`已生成：${job.out}`, `Written: ${job.out}`);
  }
  return { out: job.out, zone: job.zone, ...(job.split ? { files } : {}), ...(job.xlsx !== null ? { xlsx: job.xlsx } : {}) };
}
