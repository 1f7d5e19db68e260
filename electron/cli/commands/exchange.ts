import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { SHP_ENCODINGS, SHP_EXPORT_CRS } from '../../../shared/exchange/shapefileColumns';
import { backupDatabase } from '../../services/backup/backup';
import { BackupInputError, restoreDatabase } from '../../services/backup/restore';
import { NetworkPathError } from '../../db/networkPath';
import { exportPlots } from '../../services/export/exportPlots';
import { zoneExists } from '../../db/queries/zones';
import { resolveUserPath, type CliContext } from '../context';
import { databaseFile, openCliDatabase } from '../database';
import { CliInputError } from '../errors';
import { requiredFlag, stringFlag } from '../flags';
import { writeJson } from '../output';

const Format = z.enum(['xlsx', 'csv', 'geojson', 'shp']);
const Crs = z.enum(SHP_EXPORT_CRS);
const Encoding = z.enum(SHP_ENCODINGS);

function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.part`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** `export --format xlsx|csv|geojson|shp --out FILE [--zone ID] [--crs EPSG:…] [--encoding gbk|utf-8]` (headers in English with --lang en). */
export async function exportCommand(ctx: CliContext): Promise<void> {
  const format = Format.safeParse(requiredFlag(ctx, 'format'));
  if (!format.success) throw new CliInputError([`--format must be xlsx, csv, geojson or shp, got "${String(ctx.flags.format)}"`]);
  // Absent --crs / --encoding: exportPlots' own defaults (lon/lat CGCS2000, GBK).
  const crs = Crs.optional().safeParse(stringFlag(ctx, 'crs'));
  if (!crs.success) throw new CliInputError([`--crs must be one of ${SHP_EXPORT_CRS.join(', ')}, got "${String(ctx.flags.crs)}"`]);
  const encoding = Encoding.optional().safeParse(stringFlag(ctx, 'encoding')?.toLowerCase());
  if (!encoding.success) throw new CliInputError([`--encoding must be gbk or utf-8, got "${String(ctx.flags.encoding)}"`]);
  if (format.data !== 'shp' && (ctx.flags.crs !== undefined || ctx.flags.encoding !== undefined)) throw new CliInputError(['--crs and --encoding apply to --format shp only']);
  const out = resolveUserPath(ctx, requiredFlag(ctx, 'out'));
  const zoneId = stringFlag(ctx, 'zone');
  const { db } = openCliDatabase(ctx);
  try {
    if (zoneId !== undefined && !zoneExists(db, zoneId)) throw new CliInputError([`--zone: unknown zone "${zoneId}"`]);
    const file = await exportPlots(db, { format: format.data, zoneId, lang: ctx.lang, now: ctx.now(), crs: crs.data, encoding: encoding.data });
    writeAtomically(out, file.bytes);
    if (ctx.json) writeJson(ctx, { out, format: format.data, bytes: file.bytes.length });
    else ctx.io.stdout(`${out}\n`);
  } finally {
    db.close();
  }
}

/** `backup --out FILE`: SQLite online backup of the live database, integrity-checked. */
export async function backupCommand(ctx: CliContext): Promise<void> {
  const out = resolveUserPath(ctx, requiredFlag(ctx, 'out'));
  if (existsSync(out)) throw new CliInputError([`--out: ${out} exists; choose a new file name`]);
  const { db } = openCliDatabase(ctx);
  try {
    const r = await backupDatabase(db, out);
    if (ctx.json) writeJson(ctx, r);
    else ctx.io.stdout(`${out} (${r.pages} pages, integrity ok)\n`);
  } finally {
    db.close();
  }
}

/** `restore FILE`: validates the backup, keeps the current database aside, migrates the restored one. */
export function restoreCommand(ctx: CliContext): void {
  const name = ctx.positionals[0];
  if (name === undefined) throw new CliInputError(['restore: FILE is required']);
  let r;
  try {
    r = restoreDatabase(resolveUserPath(ctx, name), databaseFile(ctx), ctx.now());
  } catch (e) {
    if (e instanceof BackupInputError || e instanceof NetworkPathError) throw new CliInputError([e.message]);
    throw e;
  }
  if (ctx.json) writeJson(ctx, r);
  else ctx.io.stdout(ctx.lang === 'en' ? `restored; previous database kept as ${r.previous ?? '(none)'}\n` : `已恢复；原数据库保存为 ${r.previous ?? '（无）'}\n`);
}
