import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';

/** Progress as seen on site (domain.md §8: foundation / structure / topped out, then completion). */
export const InspectionStage = z.enum(['not-started', 'foundation', 'structure', 'topped-out', 'completed']);
export type InspectionStage = z.infer<typeof InspectionStage>;

/** 《闲置土地处置办法》 Art. 30: what counts as 动工开发 once the construction permit is held. */
export const StartBasis = z.enum(['foundation-pit', 'piles', 'foundation-third']);
export type StartBasis = z.infer<typeof StartBasis>;

export const PositionSource = z.enum(['entered', 'map', 'photo']);
export type PositionSource = z.infer<typeof PositionSource>;

/** Photos travel as base64 inside the JSON call; these caps keep one save under the HTTP upload limit. */
export const INSPECTION_LIMITS = {
  maxPhotos: 6,
  maxPhotoBytes: 4 * 1024 * 1024,
  maxTotalPhotoBytes: 12 * 1024 * 1024,
  /** Bytes of a whole inspections.save request body: all photos in base64 (4/3 of 12 MiB = 16 MiB) plus the form. */
  maxRequestBytes: 20 * 1024 * 1024,
} as const;

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

export const PhotoUpload = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    dataBase64: z
      .string()
      .min(1)
      .max(base64Length(INSPECTION_LIMITS.maxPhotoBytes), `a photo may be at most ${INSPECTION_LIMITS.maxPhotoBytes / 1048576} MB`)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64 data'),
  })
  .strict();
export type PhotoUpload = z.infer<typeof PhotoUpload>;

export const InspectionPosition = z
  .object({
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    accuracyM: z.number().positive().max(100_000).nullable(),
    source: PositionSource,
  })
  .strict();
export type InspectionPosition = z.infer<typeof InspectionPosition>;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();
const share = z.number().min(0).max(1).nullable();

const fields = z
  .object({
    plotId: z.string().min(1),
    /** The contract's row version the form was filled from: a stale form is refused, never silently applied. */
    contractVersion: z.number().int().positive(),
    /** Local date and time of the visit, as an <input type="datetime-local"> gives it. */
    inspectedAt: z
      .string()
      .regex(LOCAL_DATE_TIME, 'expected YYYY-MM-DDTHH:mm')
      .refine((v) => IsoDateSchema.safeParse(v.slice(0, 10)).success, 'not a calendar date'),
    inspector: text(50).min(1),
    planningPermitNo: optionalText(60),
    constructionPermitNo: optionalText(60),
    started: z.boolean(),
    startBasis: StartBasis.nullable(),
    startedOn: IsoDateSchema.nullable(),
    stage: InspectionStage,
    percentBuilt: z.number().min(0).max(100).nullable(),
    developedAreaShare: share,
    investedShare: share,
    suspendedSince: IsoDateSchema.nullable(),
    completedOn: IsoDateSchema.nullable(),
    acceptanceNo: optionalText(60),
    notes: text(2000),
    position: InspectionPosition.nullable(),
    photos: z
      .array(PhotoUpload)
      .max(INSPECTION_LIMITS.maxPhotos)
      .refine(
        (photos) => photos.reduce((s, p) => s + p.dataBase64.length, 0) <= base64Length(INSPECTION_LIMITS.maxTotalPhotoBytes),
        `the photos of one inspection may total at most ${INSPECTION_LIMITS.maxTotalPhotoBytes / 1048576} MB`,
      ),
  })
  .strict();

type Fields = z.infer<typeof fields>;
type Ctx = z.RefinementCtx;

/** A cross-field problem; `key` names the message in the UI's languages, `message` is the English for logs and the CLI. */
function issue(ctx: Ctx, path: keyof Fields, key: string, message: string) {
  ctx.addIssue({ code: 'custom', path: [path], message, params: { key } });
}

/** Every cross-field rule at once, so the form shows every problem before saving. */
function crossChecks(v: Fields, ctx: Ctx) {
  const day = v.inspectedAt.slice(0, 10);
  if (v.started) {
    if (!v.startedOn) issue(ctx, 'startedOn', 'startedOnRequired', 'the start date is required when development has started');
    if (!v.startBasis) issue(ctx, 'startBasis', 'startBasisRequired', 'say which Art. 30 criterion the start meets');
    if (!v.constructionPermitNo) issue(ctx, 'constructionPermitNo', 'permitRequired', 'Art. 30: a start counts only after the construction permit');
    if (v.stage === 'not-started') issue(ctx, 'stage', 'stageStarted', 'the stage cannot be "not started" for a started project');
  } else {
    if (v.startedOn) issue(ctx, 'startedOn', 'startedOnNotStarted', 'no start date for a project that has not started');
    if (v.stage !== 'not-started') issue(ctx, 'stage', 'stageNotStarted', 'a project that has not started has stage "not started"');
    if (v.suspendedSince) issue(ctx, 'suspendedSince', 'suspendedNotStarted', 'only a started project can be suspended');
    if (v.percentBuilt !== null && v.percentBuilt > 0) issue(ctx, 'percentBuilt', 'percentNotStarted', 'nothing can be built before the start');
  }
  if (v.startedOn && v.startedOn > day) issue(ctx, 'startedOn', 'afterVisit', 'the date is after the inspection');
  if (v.suspendedSince && v.suspendedSince > day) issue(ctx, 'suspendedSince', 'afterVisit', 'the date is after the inspection');
  if (v.completedOn && v.completedOn > day) issue(ctx, 'completedOn', 'afterVisit', 'the date is after the inspection');
  if (v.startedOn && v.suspendedSince && v.suspendedSince < v.startedOn) issue(ctx, 'suspendedSince', 'beforeStart', 'the date is before the start');
  if (v.startedOn && v.completedOn && v.completedOn < v.startedOn) issue(ctx, 'completedOn', 'beforeStart', 'the date is before the start');
  if (v.stage === 'completed') {
    if (!v.completedOn) issue(ctx, 'completedOn', 'completedOnRequired', 'the completion date is required for a completed project');
    if (v.suspendedSince) issue(ctx, 'suspendedSince', 'suspendedCompleted', 'a completed project is not suspended');
  } else if (v.completedOn) {
    issue(ctx, 'completedOn', 'completedOnStage', 'a completion date needs the stage "completed"');
  }
}

export const InspectionInput = fields.superRefine(crossChecks);
export type InspectionInput = z.infer<typeof InspectionInput>;
export type InspectionDraft = z.input<typeof InspectionInput>;
