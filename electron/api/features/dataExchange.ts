import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { DATA_EXCHANGE_METHODS, ImportResult } from '../../../shared/api/methods/dataExchange';
import { ImportTemplate } from '../../../shared/import/mapping';
import { FileReadError } from '../../../shared/import/table';
import { zoneExists } from '../../db/queries/zones';
import { readSetting, writeSetting } from '../../db/settings';
import { backupDatabase } from '../../services/backup/backup';
import { exportPlots } from '../../services/export/exportPlots';
import { importFile, type ImportOptions, type ImportOutcome } from '../../services/import/importFile';
import { BadInputError, NotFoundError } from '../errors';
import type { HandlerDeps, HandlerMap, ParsedInput } from '../types';
import { restoreHandlers } from './restore';

const TEMPLATES_KEY = 'import.templates';
const Templates = z.array(ImportTemplate);

export function importResult(o: ImportOutcome): ImportResult {
  return {
    format: o.table.format,
    crs: o.table.crs,
    encoding: o.table.encoding,
    records: o.table.records,
    fileWarnings: o.table.warnings,
    mapping: o.mapping,
    created: o.created,
    updated: o.updated,
    rejected: o.rejected,
    errors: o.errors.map((e) => ({ ...e.ref, field: e.field, message: e.message, messageZh: e.messageZh })),
    warnings: o.warnings.map((w) => ({ ...w.ref, message: w.message, messageZh: w.messageZh })),
    applied: o.applied,
  };
}

/** An import request (import.run / preview / start) as importFile takes it; the actor is the app's transport. */
export function importOptions(deps: HandlerDeps, input: ParsedInput<'import.run'>, dryRun: boolean): ImportOptions {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  const actor = deps.transport === 'electron' ? 'desktop' : 'browser';
  return { fileName: input.fileName, bytes, mapping: input.mapping, dryRun, partial: input.partial, now: deps.now(), actor };
}

async function runImport(deps: HandlerDeps, input: ParsedInput<'import.run'>, dryRun: boolean): Promise<ImportResult> {
  try {
    return importResult(await importFile(deps.db, importOptions(deps, input, dryRun)));
  } catch (e) {
    if (e instanceof FileReadError) throw new BadInputError(`${input.fileName}: ${e.message}`, `${input.fileName}：${e.messageZh}`);
    throw e;
  }
}

export const dataExchangeHandlers: HandlerMap<keyof typeof DATA_EXCHANGE_METHODS> = {
  ...restoreHandlers,
  'import.preview': (deps, input) => runImport(deps, input, true),
  'import.run': (deps, input) => runImport(deps, input, false),
  'import.templates.list': ({ db }) => readSetting(db, TEMPLATES_KEY, Templates) ?? [],
  'import.templates.save': ({ db }, template) => {
    const others = (readSetting(db, TEMPLATES_KEY, Templates) ?? []).filter((t) => t.name !== template.name);
    const next = [...others, template].sort((a, b) => a.name.localeCompare(b.name));
    writeSetting(db, TEMPLATES_KEY, next);
    return next;
  },
  'export.file': async ({ db, now }, { format, zoneId, plotIds, lang, crs, encoding }) => {
    if (zoneId !== undefined && !zoneExists(db, zoneId)) throw new NotFoundError(`zone ${zoneId} not found`, `未找到开发区 ${zoneId}`);
    if (format !== 'shp' && (crs !== undefined || encoding !== undefined)) throw new BadInputError('crs and encoding apply to the shp format only', '坐标系（crs）和编码（encoding）只适用于 Shapefile（shp）格式');
    const file = await exportPlots(db, { format, zoneId, plotIds, lang, now: now(), crs, encoding });
    return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'backup.create': async ({ db, now }) => {
    const dir = mkdtempSync(join(tmpdir(), 'land-backup-'));
    try {
      const fileName = `puyang-land-backup-${now().toISOString().replace(/[:.]/g, '-')}.sqlite`;
      const r = await backupDatabase(db, join(dir, fileName));
      return { fileName, mimeType: 'application/vnd.sqlite3', contentBase64: readFileSync(r.out).toString('base64'), pages: r.pages, schemaVersion: r.schemaVersion };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
