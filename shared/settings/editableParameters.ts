import { z } from 'zod';
import { BackupParameters } from './backupParameters';

/** The city's extent (domain.md §2): a plausible box that leaves part of it out would refuse the bureau's own plots. */
export const PUYANG_EXTENT = { minLon: 114.8, minLat: 35.3, maxLon: 116.2, maxLat: 36.2 } as const;

const Bounds = z
  .object({
    minLon: z.number().min(-180).max(180),
    minLat: z.number().min(-90).max(90),
    maxLon: z.number().min(-180).max(180),
    maxLat: z.number().min(-90).max(90),
  })
  .strict()
  .refine((b) => b.minLon < b.maxLon && b.minLat < b.maxLat, 'the box needs its minimum below its maximum')
  .refine(
    (b) => b.minLon <= PUYANG_EXTENT.minLon && b.minLat <= PUYANG_EXTENT.minLat && b.maxLon >= PUYANG_EXTENT.maxLon && b.maxLat >= PUYANG_EXTENT.maxLat,
    `the box must hold the whole city (${PUYANG_EXTENT.minLon}–${PUYANG_EXTENT.maxLon}°E, ${PUYANG_EXTENT.minLat}–${PUYANG_EXTENT.maxLat}°N)`,
  );

/** The ranges an administrator may save, which the 参数设置 form's help text also states; the tolerance in per cent, as the form shows it. */
export const EDITABLE_RANGES = {
  areaTolerancePct: { min: 0.1, max: 100 },
  parseTimeoutSeconds: { min: 5, max: 3600 },
  reminderDays: { min: 0, max: 366 },
  bucketYears: { min: 1, max: 50 },
} as const;
const R = EDITABLE_RANGES;

const AREA_TOLERANCE_RANGE = `the area tolerance is ${R.areaTolerancePct.min}–${R.areaTolerancePct.max} %`;

/**
 * What an administrator may save: stricter than what the readers accept (tests and tools store a 1 ms parse limit),
 * so a form can never leave the importer refusing everything or stopping every file at once.
 */
export const EditableImportParameters = z
  .object({
    /** A fraction (0.05 = 5 %); the form shows per cent, so the refusal says per cent too. */
    areaTolerance: z.number().min(R.areaTolerancePct.min / 100, AREA_TOLERANCE_RANGE).max(R.areaTolerancePct.max / 100, AREA_TOLERANCE_RANGE),
    parseTimeoutSeconds: z.number().int().min(R.parseTimeoutSeconds.min).max(R.parseTimeoutSeconds.max),
    bounds: Bounds,
  })
  .strict();

const Years = z.number().int().min(R.bucketYears.min).max(R.bucketYears.max);

/** Local practice as saved from the form: every field stated (no defaults filled in silently), buckets within 50 years. */
export const EditableLocalParameters = z
  .object({
    reminderDays: z.number().int().min(R.reminderDays.min).max(R.reminderDays.max),
    ageBucketYears: z.tuple([Years, Years]).refine(([a, b]) => a < b, 'bucket bounds must increase'),
  })
  .strict();

// Stored values are read as before (an extra key is ignored); a save states exactly the known field.
export const EditableBackupParameters = BackupParameters.strict();
