import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { refLabel, refLabelZh } from '../../../shared/import/records';
import { FileReadError } from '../../../shared/import/table';
import { importFile } from '../../services/import/importFile';
import type { ParseProgress } from '../../services/import/parseMessages';
import { resolveUserPath, type CliContext } from '../context';
import { openCliDatabase } from '../database';
import { CliInputError } from '../errors';
import { writeJson } from '../output';

const STAGE: Record<ParseProgress['stage'], [string, string]> = {
  unzip: ['unpacking the zip', '解压'],
  shp: ['reading geometry (.shp)', '读取图形（.shp）'],
  dbf: ['reading attributes (.dbf)', '读取属性（.dbf）'],
  sheet: ['reading the workbook', '读取工作簿'],
  json: ['reading GeoJSON', '读取 GeoJSON'],
  csv: ['reading CSV', '读取 CSV'],
  done: ['read', '读取完成'],
};

function progressLine(p: ParseProgress, en: boolean): string {
  const [e, z] = STAGE[p.stage];
  const n = p.total === undefined ? '' : en ? ` (${p.total} records)` : `（${p.total} 条）`;
  return `${en ? e : z}${n}`;
}

/** `import FILE [--dry-run] [--partial] --json`: exit 1 when the import is refused (rejected rows without --partial) or the file cannot be read. */
export async function importCommand(ctx: CliContext): Promise<void> {
  const name = ctx.positionals[0];
  if (name === undefined) throw new CliInputError(['import: FILE is required (GeoJSON, zipped Shapefile, .xlsx or .csv)']);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolveUserPath(ctx, name));
  } catch (e) {
    throw new CliInputError([`${name}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  const dryRun = ctx.flags['dry-run'] === true;
  const partial = ctx.flags.partial === true;
  const { db } = openCliDatabase(ctx);
  let outcome;
  try {
    const onProgress = ctx.json ? undefined : (p: ParseProgress) => ctx.io.stderr(`${name}: ${progressLine(p, ctx.lang === 'en')}\n`);
    outcome = await importFile(db, { fileName: basename(name), bytes, dryRun, partial, now: ctx.now(), actor: 'cli', onProgress });
  } catch (e) {
    // --json and --lang en keep the English text scripts may match on; people reading Chinese get it in Chinese.
    if (e instanceof FileReadError) throw new CliInputError([ctx.json || ctx.lang === 'en' ? `${name}: ${e.message}` : `${name}：${e.messageZh}`]);
    throw e;
  } finally {
    db.close();
  }
  const en = ctx.lang === 'en';
  const errors = outcome.errors.map((e) => ({ ...e.ref, field: e.field, message: e.message }));
  if (ctx.json) writeJson(ctx, { created: outcome.created, updated: outcome.updated, rejected: outcome.rejected, errors });
  else {
    const verb = dryRun ? (en ? 'would be' : '将') : '';
    ctx.io.stdout(en ? `${name}: ${outcome.created} created, ${outcome.updated} updated, ${outcome.rejected} rejected ${verb}\n` : `${name}：${verb}新增 ${outcome.created}，更新 ${outcome.updated}，拒绝 ${outcome.rejected}\n`);
  }
  // With --json the messages stay in English, as the contract's JSON `message`; people reading stderr get their language.
  const plain = en || ctx.json;
  const where = plain ? refLabel : refLabelZh;
  const text = (m: { message: string; messageZh: string }) => (plain ? m.message : m.messageZh);
  for (const w of [...outcome.table.warnings.map((m) => ({ at: plain ? 'file' : '文件', m })), ...outcome.warnings.map((w) => ({ at: where(w.ref), m: text(w) }))]) {
    ctx.io.stderr(plain ? `${name}: ${w.at}: warning: ${w.m}\n` : `${name}：${w.at}：提示：${w.m}\n`);
  }
  if (outcome.rejected > 0 && !partial) {
    throw new CliInputError([
      plain
        ? `${name}: import refused, nothing written (${outcome.rejected} rejected; --partial imports the valid rows)`
        : `${name}：导入被拒绝，未写入任何数据（拒绝 ${outcome.rejected} 行；--partial 只导入通过校验的行）`,
      ...outcome.errors.slice(0, 50).map((e) => (plain ? `${name}: ${refLabel(e.ref)}: ${e.field}: ${e.message}` : `${name}：${refLabelZh(e.ref)}：${e.field}：${e.messageZh}`)),
    ]);
  }
}
