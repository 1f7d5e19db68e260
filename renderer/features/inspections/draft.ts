import type { z } from 'zod';
import type { InspectionForm as FormData } from '../../../shared/api/idleLandViews';
import type { InspectionDraft, InspectionStage, PositionSource, StartBasis } from '../../../shared/schemas/inspection';

/** What the form's inputs hold (text as typed); converted to the API's draft on validation. */
export interface FormState {
  inspectedAt: string;
  inspector: string;
  planningPermitNo: string;
  constructionPermitNo: string;
  started: boolean;
  startBasis: StartBasis | '';
  startedOn: string;
  stage: InspectionStage;
  percentBuilt: string;
  developedPct: string;
  investedPct: string;
  suspendedSince: string;
  completedOn: string;
  acceptanceNo: string;
  notes: string;
  lon: string;
  lat: string;
  accuracyM: string;
  positionSource: PositionSource;
  photos: { fileName: string; dataBase64: string; bytes: number }[];
}

const pct = (share: number | null) => (share === null ? '' : String(Math.round(share * 1000) / 10));

function localNow(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** The form starts from the stored progress fields, so saving it unchanged changes nothing. */
export function initialState(f: FormData, now: Date): FormState {
  const started = f.actualStartDate !== null;
  return {
    inspectedAt: localNow(now),
    inspector: f.inspector ?? '',
    planningPermitNo: f.last?.planningPermitNo ?? '',
    constructionPermitNo: f.last?.constructionPermitNo ?? '',
    started,
    startBasis: f.last?.startBasis ?? '',
    startedOn: f.actualStartDate ?? '',
    stage: f.actualCompletionDate ? 'completed' : started ? (f.last?.stage ?? 'foundation') : 'not-started',
    percentBuilt: f.last?.percentBuilt === null || f.last?.percentBuilt === undefined ? '' : String(f.last.percentBuilt),
    developedPct: pct(f.developedAreaShare),
    investedPct: pct(f.investedShare),
    suspendedSince: f.suspendedSince ?? '',
    completedOn: f.actualCompletionDate ?? '',
    acceptanceNo: f.last?.acceptanceNo ?? '',
    notes: '',
    lon: '',
    lat: '',
    accuracyM: '',
    positionSource: 'entered',
    photos: [],
  };
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
/** A number as typed; text that is not a number goes through as text so validation names the field. */
const num = (v: string, scale = 1): number | string | null => {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n / scale : v;
};

export function toDraft(s: FormState, plotId: string, contractVersion: number): InspectionDraft {
  const hasPosition = s.lon.trim() !== '' || s.lat.trim() !== '';
  // Casts: text that failed to parse is passed on on purpose, for the schema to reject with the field's name.
  return {
    plotId,
    contractVersion,
    inspectedAt: s.inspectedAt,
    inspector: s.inspector,
    planningPermitNo: text(s.planningPermitNo),
    constructionPermitNo: text(s.constructionPermitNo),
    started: s.started,
    startBasis: s.startBasis === '' ? null : s.startBasis,
    startedOn: text(s.startedOn),
    stage: s.stage,
    percentBuilt: num(s.percentBuilt) as number | null,
    developedAreaShare: num(s.developedPct, 100) as number | null,
    investedShare: num(s.investedPct, 100) as number | null,
    suspendedSince: text(s.suspendedSince),
    completedOn: text(s.completedOn),
    acceptanceNo: text(s.acceptanceNo),
    notes: s.notes,
    position: hasPosition
      ? { lon: num(s.lon) as number, lat: num(s.lat) as number, accuracyM: num(s.accuracyM) as number | null, source: s.positionSource }
      : null,
    photos: s.photos.map((p) => ({ fileName: p.fileName, dataBase64: p.dataBase64 })),
  };
}

/** Form field each draft path belongs to. */
const FIELD_OF: Record<string, keyof FormState> = { developedAreaShare: 'developedPct', investedShare: 'investedPct', position: 'lon' };

export type FieldIssues = Partial<Record<keyof FormState, string>>;

/** Every issue as an i18n key per form field (the first one per field), in the order the schema found them. */
export function issuesByField(error: z.ZodError): { field: keyof FormState; key: string }[] {
  return error.issues.map((i) => {
    const path = i.path.map(String);
    const head = path[0] ?? '';
    const field = (path[0] === 'position' && path[1] ? (path[1] === 'accuracyM' ? 'accuracyM' : path[1]) : (FIELD_OF[head] ?? head)) as keyof FormState;
    const params = (i as { params?: { key?: string } }).params;
    if (params?.key) return { field, key: params.key };
    if (head === 'photos') return { field: 'photos', key: 'tooMany' };
    if (i.code === 'too_small' && typeof (i as { minimum?: unknown }).minimum === 'number' && (i as { origin?: string }).origin === 'string') return { field, key: 'required' };
    if (i.code === 'too_big' || i.code === 'too_small') return { field, key: 'range' };
    return { field, key: 'invalid' };
  });
}
