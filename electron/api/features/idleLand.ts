import type { IDLE_LAND_METHODS } from '../../../shared/api/methods/idleLand';
import { loadCases } from '../../db/queries/cases';
import { loadContractProgress } from '../../db/queries/contractProgress';
import { loadInspections, loadPhotoFile } from '../../db/queries/inspections';
import { loadPlotAudit } from '../../db/queries/plotAudit';
import { readUserName, writeUserName } from '../../db/userName';
import { appendAudit } from '../../db/audit';
import { lifecycleOf } from '../../../shared/rules/lifecycle';
import { loadEngineContext } from '../../services/assessments';
import { caseView, openCase, stepCase } from '../../services/idleLand/cases';
import { dataFolder, readStored } from '../../services/idleLand/fileStore';
import { setGovernmentCause } from '../../services/idleLand/governmentCause';
import { saveInspection } from '../../services/idleLand/inspections';
import { assessOne, plotNameZh } from '../../services/idleLand/plotState';
import { warningsOf } from '../../services/idleLand/warnings';
import { BadInputError, NotFoundError } from '../errors';
import type { HandlerMap } from '../types';

/** Warnings, inspections, disposal cases, plot history and the user's name (issue 3). */
export const idleLandHandlers: HandlerMap<keyof typeof IDLE_LAND_METHODS> = {
  'settings.user.get': ({ db }) => ({ name: readUserName(db) }),
  'settings.user.set': ({ db, now }, { name }) => {
    const before = readUserName(db);
    db.transaction(() => {
      writeUserName(db, name);
      appendAudit(db, now().toISOString(), { actor: name, action: 'update', table: 'settings', recordId: 'user.name', oldValue: before, newValue: name });
    })();
    return { name };
  },
  'warnings.list': ({ db }, { asOf, horizonDays }) => warningsOf(db, asOf, horizonDays),
  'inspections.form': ({ db }, { plotId, asOf }) => {
    const ctx = loadEngineContext(db);
    const found = assessOne(db, plotId, asOf, ctx);
    const c = loadContractProgress(db, plotId);
    if (!c) throw new BadInputError(`plotId: plot ${plotId} has no supply contract`, `plotId：${plotNameZh(db, plotId)} 没有供地合同`);
    const contract = found.plot.contract;
    // The sentence is built here (lists skip it); same engine, same inputs as the status.
    const l = contract && found.assessment.lifecycle ? lifecycleOf({ ...contract, id: plotId }, asOf, found.ruleSet.lifecycle, ctx.params) : null;
    return {
      plotId,
      contractVersion: c.rowVersion,
      suspected: l?.status ?? null,
      suspectedText: l ? { zh: l.text, en: l.textEn } : null,
      inspector: readUserName(db),
      actualStartDate: c.actualStartDate,
      actualCompletionDate: c.actualCompletionDate,
      suspendedSince: c.suspendedSince,
      developedAreaShare: c.developedAreaShare,
      investedShare: c.investedShare,
      governmentCause: c.governmentCause,
      governmentGround: c.governmentGround,
      governmentReason: c.governmentReason,
      last: loadInspections(db, { plotId })[0] ?? null,
    };
  },
  'inspections.list': ({ db }, { plotId }) => loadInspections(db, { plotId }),
  'inspections.save': (deps, input) => saveInspection(deps, input),
  'inspections.photo': ({ db, databasePath }, { photoId }) => {
    const f = loadPhotoFile(db, photoId);
    if (!f) throw new NotFoundError(`photo ${photoId} not found`, `未找到照片 ${photoId}`);
    return { mime: f.mime, dataBase64: readStored(dataFolder(databasePath, 'photos'), f.storedName).toString('base64') };
  },
  'plots.governmentCause.set': ({ db, now }, input) => setGovernmentCause(db, now().toISOString(), input),
  'cases.list': ({ db }, { asOf, plotId }) => {
    const ctx = loadEngineContext(db);
    return loadCases(db, plotId === undefined ? {} : { plotId }).map((c) => caseView(db, c, asOf, ctx));
  },
  'cases.open': (deps, input) => openCase(deps, input),
  'cases.step': (deps, input) => stepCase(deps, input),
  'audit.plot': ({ db }, { plotId }) => loadPlotAudit(db, plotId),
};
