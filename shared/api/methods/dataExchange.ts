import { z } from 'zod';
import { SHP_ENCODINGS, SHP_EXPORT_CRS } from '../../exchange/shapefileColumns';
import { ColumnMapping, ImportTemplate } from '../../import/mapping';

/** The file travels as base64 inside the JSON body (browser mode: HTTP limit raised for these two methods). */
export const ImportInput = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().min(1),
    mapping: z.array(ColumnMapping).max(500).optional(),
    partial: z.boolean().default(false),
  })
  .strict();

/** `message` in English (as the CLI's JSON), `messageZh` in Chinese. */
const Issue = z.object({ row: z.number().int().optional(), feature: z.number().int().optional(), field: z.string(), message: z.string(), messageZh: z.string() });

export const ImportResult = z.object({
  format: z.enum(['geojson', 'shapefile', 'xlsx', 'csv']),
  crs: z.string().nullable(),
  encoding: z.string().nullable(),
  records: z.number().int(),
  fileWarnings: z.array(z.string()),
  mapping: z.array(ColumnMapping),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(Issue),
  warnings: z.array(Issue.omit({ field: true })),
  applied: z.boolean(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ExportFormat = z.enum(['xlsx', 'csv', 'geojson', 'shp']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const DownloadFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

export const DATA_EXCHANGE_METHODS = {
  /** Read, map and validate without writing: the wizard's preview. */
  'import.preview': { input: ImportInput, output: ImportResult },
  'import.run': { input: ImportInput, output: ImportResult },
  'import.templates.list': { input: z.object({}).strict(), output: z.array(ImportTemplate) },
  'import.templates.save': { input: ImportTemplate, output: z.array(ImportTemplate) },
  'export.file': {
    input: z
      .object({
        format: ExportFormat,
        zoneId: z.string().min(1).optional(),
        /** The plots the table's filter lets through (the UI sends them only when a filter is set). */
        plotIds: z.array(z.string().min(1).max(64)).max(500_000).optional(),
        lang: z.enum(['zh', 'en']).default('zh'),
        /** Shapefile only: lon/lat CGCS2000 or a 3° Gauss-Krüger zone, and the attribute encoding. */
        crs: z.enum(SHP_EXPORT_CRS).optional(),
        encoding: z.enum(SHP_ENCODINGS).optional(),
      })
      .strict(),
    output: DownloadFile,
  },
  /** A consistent, integrity-checked copy of the live database (SQLite online backup) as a download. */
  'backup.create': { input: z.object({}).strict(), output: DownloadFile.extend({ pages: z.number().int(), schemaVersion: z.number().int() }) },
  /**
   * Replaces the live database by an uploaded backup (checked first: SQLite, intact, of this app, not newer), migrated;
   * the previous database file is kept aside. Refused while an import job runs.
   */
  'backup.restore': {
    input: z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().min(1) }).strict(),
    output: z.object({
      plots: z.number().int(),
      zones: z.number().int(),
      schemaVersionBefore: z.number().int(),
      schemaVersion: z.number().int(),
      /** Where the database in use before the restore was kept (null when there was none). */
      previous: z.string().nullable(),
    }),
  },
} as const;
