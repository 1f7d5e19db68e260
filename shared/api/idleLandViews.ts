import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates';
import { LifecycleStatus } from '../domain/enums';
import { CaseCause, CaseState } from '../rules/disposalCase';
import { Art8Ground } from '../rules/governmentCause';
import { InspectionStage, PositionSource, StartBasis } from '../schemas/inspection';

/** One supplied plot in the warnings view: its lifecycle as of the date and the date that drives it. */
export const WarningRow = z.object({
  plotId: z.string(),
  parcelNo: z.string(),
  landUser: z.string().nullable(),
  zoneId: z.string(),
  status: LifecycleStatus,
  keyDate: IsoDateSchema.nullable(),
  agreedStartDate: IsoDateSchema,
  agreedCompletionDate: IsoDateSchema.nullable(),
  idleSince: IsoDateSchema.nullable(),
  reclaimableFrom: IsoDateSchema.nullable(),
  feeWan: z.number().nullable(),
  governmentCause: z.boolean(),
  governmentGround: Art8Ground.nullable(),
  governmentReason: z.string().nullable(),
  caseId: z.string().nullable(),
  caseState: CaseState.nullable(),
});
export type WarningRow = z.infer<typeof WarningRow>;

export const AgendaItemView = z.object({
  date: IsoDateSchema,
  kind: z.enum([
    'agreed-start',
    'agreed-completion',
    'becomes-idle',
    'becomes-reclaimable',
    'becomes-stalled-idle',
    'investigation-notice',
    'fee-payment',
    'recovery-deregistration',
  ]),
  plotId: z.string(),
  parcelNo: z.string(),
  zoneId: z.string(),
  landUser: z.string().nullable(),
  caseId: z.string().nullable(),
  overdue: z.boolean(),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const WarningsView = z.object({ asOf: IsoDateSchema, horizonDays: z.number(), rows: z.array(WarningRow), agenda: z.array(AgendaItemView) });
export type WarningsView = z.infer<typeof WarningsView>;

export const PhotoView = z.object({
  id: z.string(),
  originalName: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  mime: z.string(),
  takenAt: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  /** Metres outside the plot, null when inside or without a position. */
  outsidePlotM: z.number().nullable(),
});
export type PhotoView = z.infer<typeof PhotoView>;

export const InspectionView = z.object({
  id: z.string(),
  plotId: z.string(),
  inspectedAt: z.string(),
  inspector: z.string(),
  recordedAt: z.string(),
  suspectedStatus: LifecycleStatus.nullable(),
  planningPermitNo: z.string().nullable(),
  constructionPermitNo: z.string().nullable(),
  started: z.boolean(),
  startBasis: StartBasis.nullable(),
  startedOn: IsoDateSchema.nullable(),
  stage: InspectionStage,
  percentBuilt: z.number().nullable(),
  developedAreaShare: z.number().nullable(),
  investedShare: z.number().nullable(),
  suspendedSince: IsoDateSchema.nullable(),
  completedOn: IsoDateSchema.nullable(),
  acceptanceNo: z.string().nullable(),
  notes: z.string(),
  position: z.object({ lon: z.number(), lat: z.number(), accuracyM: z.number().nullable(), source: PositionSource }).nullable(),
  outsidePlotM: z.number().nullable(),
  photos: z.array(PhotoView),
});
export type InspectionView = z.infer<typeof InspectionView>;

/** What the inspection form starts from: the stored progress fields, the version they carry, and what the plot is suspected of. */
export const InspectionForm = z.object({
  plotId: z.string(),
  contractVersion: z.number(),
  suspected: LifecycleStatus.nullable(),
  suspectedText: z.object({ zh: z.string(), en: z.string() }).nullable(),
  inspector: z.string().nullable(),
  actualStartDate: IsoDateSchema.nullable(),
  actualCompletionDate: IsoDateSchema.nullable(),
  suspendedSince: IsoDateSchema.nullable(),
  developedAreaShare: z.number().nullable(),
  investedShare: z.number().nullable(),
  governmentCause: z.boolean(),
  governmentGround: Art8Ground.nullable(),
  governmentReason: z.string().nullable(),
  last: InspectionView.nullable(),
});
export type InspectionForm = z.infer<typeof InspectionForm>;

export const SavedInspection = z.object({
  inspection: InspectionView,
  before: LifecycleStatus.nullable(),
  after: LifecycleStatus.nullable(),
  changedFields: z.array(z.string()),
  /** Photos or positions outside the plot (bilingual sentences), shown after saving. */
  warnings: z.array(z.object({ zh: z.string(), en: z.string() })),
});
export type SavedInspection = z.infer<typeof SavedInspection>;

export const AttachmentView = z.object({ name: z.string(), sha256: z.string(), bytes: z.number(), storedName: z.string() });
export type AttachmentView = z.infer<typeof AttachmentView>;

export const CaseStepView = z.object({
  id: z.string(),
  seq: z.number(),
  state: CaseState,
  date: IsoDateSchema,
  documentNo: z.string().nullable(),
  cause: CaseCause.nullable(),
  note: z.string(),
  attachments: z.array(AttachmentView),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type CaseStepView = z.infer<typeof CaseStepView>;

export const DeadlineView = z.object({
  id: z.enum(['investigation-notice', 'fee-payment', 'recovery-deregistration']),
  days: z.number(),
  source: z.object({ zh: z.string(), en: z.string() }),
  from: IsoDateSchema,
  due: IsoDateSchema,
  metOn: IsoDateSchema.nullable(),
  overdue: z.boolean(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const CaseView = z.object({
  id: z.string(),
  plotId: z.string(),
  parcelNo: z.string(),
  landUser: z.string().nullable(),
  zoneId: z.string(),
  state: CaseState,
  cause: CaseCause.nullable(),
  openedOn: IsoDateSchema,
  rowVersion: z.number(),
  lifecycle: LifecycleStatus.nullable(),
  steps: z.array(CaseStepView),
  deadlines: z.array(DeadlineView),
  nextStates: z.array(CaseState),
});
export type CaseView = z.infer<typeof CaseView>;

export const AuditRowView = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  table: z.string(),
  recordId: z.string().nullable(),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditRowView = z.infer<typeof AuditRowView>;
