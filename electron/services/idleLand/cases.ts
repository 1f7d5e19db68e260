import { randomUUID } from 'node:crypto';
import type { ApiInput } from '../../../shared/api/contract';
import type { AttachmentView, CaseView } from '../../../shared/api/idleLandViews';
import { todayIso, type IsoDate } from '../../../shared/domain/dates';
import { caseDeadlines, checkTransition, legalNextStates, TERMINAL_STATES } from '../../../shared/rules/disposalCase';
import { INSPECTION_LIMITS } from '../../../shared/schemas/inspection';
import { BadInputError, ConflictError, NotFoundError } from '../../api/errors';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { advanceCase, insertCase, insertStep, loadCases, type CaseRecord } from '../../db/queries/cases';
import { currentActor } from '../../db/userName';
import { dataFolder, decodeBase64, removeCreated, sniffMime, storeEach, storeFile, type StoredFile } from './fileStore';
import type { EngineContext } from '../assessments';
import { assessOne, plotNameZh } from './plotState';

export interface CaseDeps {
  db: Db;
  now: () => Date;
  databasePath: string;
}

/** A case as the UI shows it: steps, the legal time limits as of the date, and the states it may move to next. */
export function caseView(db: Db, c: CaseRecord, asOf: IsoDate, ctx?: EngineContext): CaseView {
  const found = assessOne(db, c.plotId, asOf, ctx);
  return {
    id: c.id,
    plotId: c.plotId,
    parcelNo: found.plot.parcelNo,
    landUser: found.plot.landUser,
    zoneId: found.plot.zoneId,
    state: c.state,
    cause: c.cause,
    openedOn: c.openedOn,
    rowVersion: c.rowVersion,
    lifecycle: found.assessment.lifecycle?.status ?? null,
    steps: c.steps,
    deadlines: caseDeadlines(c.steps, asOf).map((d) => ({ ...d, id: d.limit.id, days: d.limit.days, source: d.limit.source })),
    nextStates: [...legalNextStates(c.steps)],
  };
}

function loadOne(db: Db, id: string): CaseRecord {
  const c = loadCases(db, { id })[0];
  if (!c) throw new NotFoundError(`case ${id} not found`, `未找到案件 ${id}`);
  return c;
}

/** Opens a case on a plot (state "suspected"); a plot has at most one open case. */
export function openCase({ db, now }: CaseDeps, input: ApiInput<'cases.open'>): CaseView {
  const today = todayIso(now());
  if (input.date > today) throw new BadInputError('date: a case cannot be opened in the future', 'date：立案日期不能晚于今天');
  assessOne(db, input.plotId, input.asOf);
  const open = loadCases(db, { plotId: input.plotId }).find((c) => !TERMINAL_STATES.includes(c.state));
  if (open) throw new BadInputError(`plotId: plot ${input.plotId} already has an open case (${open.id})`, `plotId：${plotNameZh(db, input.plotId)} 已有未办结的处置案件（${open.id}）`);
  const id = randomUUID();
  const at = now().toISOString();
  const actor = currentActor(db);
  db.transaction(() => {
    insertCase(db, { id, plotId: input.plotId, openedOn: input.date, at });
    insertStep(db, id, { id: randomUUID(), seq: 1, state: 'suspected', date: input.date, documentNo: null, cause: null, note: input.note, attachments: [], recordedAt: at, recordedBy: actor });
    appendAudit(db, at, { actor, action: 'create', table: 'cases', recordId: id, field: 'state', newValue: 'suspected', reason: input.note || `plot ${input.plotId}` });
  })();
  return caseView(db, loadOne(db, id), input.asOf);
}

function storeAttachments(input: ApiInput<'cases.step'>, folder: string): { file: StoredFile; name: string }[] {
  return storeEach(folder, input.attachments ?? [], (a, i) => {
    const data = decodeBase64(a.dataBase64, { en: `attachments.${i} (${a.fileName})`, zh: `第 ${i + 1} 个附件（${a.fileName}）` }, INSPECTION_LIMITS.maxPhotoBytes);
    return { file: storeFile(folder, data, sniffMime(data)), name: a.fileName };
  });
}

/** Records the next step of a case after checking it against the legal transitions; refused steps change nothing. */
export function stepCase({ db, now, databasePath }: CaseDeps, input: ApiInput<'cases.step'>): CaseView {
  const c = loadOne(db, input.caseId);
  if (c.rowVersion !== input.rowVersion) throw new ConflictError(`case ${c.id} changed since it was read; reload`, `案件 ${c.id} 在读取后已被他人修改，请刷新后重试`);
  const today = todayIso(now());
  const next = { state: input.state, date: input.date, documentNo: input.documentNo ?? null, cause: input.cause ?? null };
  const lifecycle = input.date <= today ? (assessOne(db, c.plotId, input.date).assessment.lifecycle?.status ?? null) : null;
  const problems = checkTransition(c.steps, next, { lifecycle, today });
  if (problems.length > 0) throw new BadInputError(problems.map((p) => p.en).join('; '), problems.map((p) => p.zh).join('；'));
  const folder = dataFolder(databasePath, 'attachments');
  const files = storeAttachments(input, folder);
  const attachments: AttachmentView[] = files.map(({ file, name }) => ({ name, sha256: file.sha256, bytes: file.bytes, storedName: file.storedName }));
  const at = now().toISOString();
  const actor = currentActor(db);
  try {
    db.transaction(() => {
      const seq = (c.steps[c.steps.length - 1]?.seq ?? 0) + 1;
      insertStep(db, c.id, { id: randomUUID(), seq, ...next, note: input.note, attachments, recordedAt: at, recordedBy: actor });
      if (!advanceCase(db, c.id, c.rowVersion, next.state, next.cause, at)) throw new ConflictError(`case ${c.id} changed meanwhile`, `案件 ${c.id}：保存期间已被他人修改，请刷新后重试`);
      appendAudit(db, at, {
        actor,
        action: 'update',
        table: 'cases',
        recordId: c.id,
        field: 'state',
        oldValue: c.state,
        newValue: next.state,
        reason: [next.documentNo, input.note].filter(Boolean).join(' · ') || null,
      });
    })();
  } catch (e) {
    removeCreated(folder, files.map((f) => f.file));
    throw e;
  }
  return caseView(db, loadOne(db, c.id), today);
}
