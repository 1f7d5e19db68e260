import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { CaseCause, CaseState } from '../../rules/disposalCase';
import { Art8Ground } from '../../rules/governmentCause';
import { InspectionInput, PhotoUpload } from '../../schemas/inspection';
import { AuditRowView, CaseView, InspectionForm, InspectionView, SavedInspection, WarningsView } from '../idleLandViews';

const PlotRef = z.object({ plotId: z.string().min(1) });
const Attachments = z.array(PhotoUpload).max(4);

/** Idle land and unsupplied land for inspectors (issue 3): warnings, inspections, disposal cases, audit history, user name. */
export const IDLE_LAND_METHODS = {
  'settings.user.get': { input: z.object({}).strict(), output: z.object({ name: z.string().nullable() }) },
  'settings.user.set': { input: z.object({ name: z.string().trim().min(1).max(50) }).strict(), output: z.object({ name: z.string() }) },
  'warnings.list': {
    input: z.object({ asOf: IsoDateSchema, horizonDays: z.number().int().min(0).max(366) }).strict(),
    output: WarningsView,
  },
  'inspections.form': { input: PlotRef.extend({ asOf: IsoDateSchema }).strict(), output: InspectionForm },
  'inspections.list': { input: PlotRef.strict(), output: z.array(InspectionView) },
  'inspections.save': { input: InspectionInput, output: SavedInspection },
  'inspections.photo': {
    input: z.object({ photoId: z.string().min(1) }).strict(),
    output: z.object({ mime: z.string(), dataBase64: z.string() }),
  },
  'plots.governmentCause.set': {
    input: PlotRef.extend({
      contractVersion: z.number().int().positive(),
      governmentCause: z.boolean(),
      ground: Art8Ground.nullable(),
      reason: z.string().trim().max(500).nullable(),
    })
      .strict()
      .refine((v) => !v.governmentCause || v.ground !== null, { path: ['ground'], message: 'an Art. 8 ground is required for a government-caused delay' }),
    output: z.object({ contractVersion: z.number() }),
  },
  'cases.list': { input: z.object({ asOf: IsoDateSchema, plotId: z.string().min(1).optional() }).strict(), output: z.array(CaseView) },
  'cases.open': {
    input: PlotRef.extend({ asOf: IsoDateSchema, date: IsoDateSchema, note: z.string().trim().max(2000) }).strict(),
    output: CaseView,
  },
  'cases.step': {
    input: z
      .object({
        caseId: z.string().min(1),
        rowVersion: z.number().int().positive(),
        state: CaseState,
        date: IsoDateSchema,
        documentNo: z.string().trim().max(80).nullable(),
        cause: CaseCause.nullable(),
        note: z.string().trim().max(2000),
        attachments: Attachments,
      })
      .strict(),
    output: CaseView,
  },
  'audit.plot': { input: PlotRef.strict(), output: z.array(AuditRowView) },
} as const;

/** Methods whose requests carry files as base64 (HTTP body limit raised for these only). */
export const IDLE_LAND_UPLOAD_METHODS: readonly string[] = ['inspections.save', 'cases.step'];
