import { randomUUID } from 'node:crypto';
import type { SavedInspection } from '../../../shared/api/idleLandViews';
import { todayIso } from '../../../shared/domain/dates';
import { placementOf } from '../../../shared/rules/photoPosition';
import { INSPECTION_LIMITS, type InspectionInput } from '../../../shared/schemas/inspection';
import { BadInputError, ConflictError } from '../../api/errors';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { loadContractProgress, PROGRESS_COLUMNS, updateContract, type ProgressField } from '../../db/queries/contractProgress';
import { insertInspection, insertPhoto, loadInspections } from '../../db/queries/inspections';
import { currentActor } from '../../db/userName';
import { dataFolder, decodeBase64, removeCreated, sniffMime, storeEach, storeFile, type StoredFile } from './fileStore';
import { readPhotoMeta, type PhotoMeta } from './photoMeta';
import { lifecycleStatusOf, plotGeometry, plotNameZh } from './plotState';

export interface SaveDeps {
  db: Db;
  now: () => Date;
  databasePath: string;
}

type Bilingual = { zh: string; en: string };

function outsideWarning(what: Bilingual, metres: number): Bilingual {
  const m = Math.round(metres);
  return { zh: `${what.zh}位于宗地范围外约 ${m} 米`, en: `${what.en} lies about ${m} m outside the plot` };
}

/** Decodes, checks and stores the photos before the transaction; returns what to record and what to undo on failure. */
function storePhotos(input: InspectionInput, folder: string): { file: StoredFile; meta: PhotoMeta; name: string }[] {
  return storeEach(folder, input.photos, (p, i) => {
    const label = { en: `photos.${i} (${p.fileName})`, zh: `第 ${i + 1} 张照片（${p.fileName}）` };
    const data = decodeBase64(p.dataBase64, label, INSPECTION_LIMITS.maxPhotoBytes);
    const mime = sniffMime(data);
    if (mime !== 'image/jpeg' && mime !== 'image/png') throw new BadInputError(`${label.en}: not a JPEG or PNG image`, `${label.zh}：不是 JPEG 或 PNG 图片`);
    return { file: storeFile(folder, data, mime), meta: readPhotoMeta(data), name: p.fileName };
  });
}

/**
 * Records an inspection: photos copied into the data folder (SHA-256 named), the visit and its photos inserted, and
 * the contract's progress fields set to what was seen — one transaction with an audit row per change. The lifecycle
 * status as of today before and after is returned so the UI can say what changed.
 */
export function saveInspection({ db, now, databasePath }: SaveDeps, input: InspectionInput): SavedInspection {
  const today = todayIso(now());
  if (input.inspectedAt.slice(0, 10) > today) throw new BadInputError('inspectedAt: the inspection cannot be in the future', 'inspectedAt：检查时间不能晚于今天');
  const contract = loadContractProgress(db, input.plotId);
  if (!contract) throw new BadInputError(`plotId: plot ${input.plotId} has no supply contract to record progress on`, `plotId：${plotNameZh(db, input.plotId)} 没有供地合同，无法记录建设进度`);
  if (contract.rowVersion !== input.contractVersion) {
    throw new ConflictError(
      `plot ${input.plotId}: its progress was changed since the form was opened; reload and check`,
      `${plotNameZh(db, input.plotId)}：打开表单后建设进度已被他人修改，请刷新后核对再保存`,
    );
  }
  const geometry = plotGeometry(db, input.plotId);
  const before = lifecycleStatusOf(db, input.plotId, today);
  const folder = dataFolder(databasePath, 'photos');
  const photos = storePhotos(input, folder);

  const actor = currentActor(db);
  const at = now().toISOString();
  const id = randomUUID();
  const warnings: Bilingual[] = [];
  const pos = input.position;
  const posPlacement = pos ? placementOf(pos.lon, pos.lat, pos.accuracyM, geometry) : null;
  if (posPlacement?.warn) warnings.push(outsideWarning({ zh: '检查位置', en: 'The inspection position' }, posPlacement.outsideByM));

  const next: Record<ProgressField, string | number | null> = {
    actualStartDate: input.started ? input.startedOn : null,
    actualCompletionDate: input.stage === 'completed' ? input.completedOn : null,
    suspendedSince: input.suspendedSince,
    developedAreaShare: input.developedAreaShare,
    investedShare: input.investedShare,
  };
  const changed = (Object.keys(next) as ProgressField[]).filter((f) => next[f] !== contract[f]);

  try {
    db.transaction(() => {
      insertInspection(db, {
        id,
        plot_id: input.plotId,
        inspected_at: input.inspectedAt,
        inspector: input.inspector,
        recorded_at: at,
        recorded_by: actor,
        suspected_status: before,
        planning_permit_no: input.planningPermitNo,
        construction_permit_no: input.constructionPermitNo,
        started: input.started,
        start_basis: input.startBasis,
        started_on: input.startedOn,
        stage: input.stage,
        percent_built: input.percentBuilt,
        developed_area_share: input.developedAreaShare,
        invested_share: input.investedShare,
        suspended_since: input.suspendedSince,
        completed_on: input.completedOn,
        acceptance_no: input.acceptanceNo,
        notes: input.notes,
        lon: pos?.lon ?? null,
        lat: pos?.lat ?? null,
        accuracy_m: pos?.accuracyM ?? null,
        position_source: pos?.source ?? null,
        outside_plot_m: posPlacement && !posPlacement.inside ? posPlacement.outsideByM : null,
      });
      appendAudit(db, at, {
        actor,
        action: 'create',
        table: 'inspections',
        recordId: id,
        newValue: { plotId: input.plotId, inspectedAt: input.inspectedAt, inspector: input.inspector, stage: input.stage, photos: photos.length },
        reason: 'inspection',
      });
      photos.forEach(({ file, meta, name }, i) => {
        const place = meta.lon !== null && meta.lat !== null ? placementOf(meta.lon, meta.lat, null, geometry) : null;
        if (place?.warn) warnings.push(outsideWarning({ zh: `照片 ${name} `, en: `Photo ${name}` }, place.outsideByM));
        insertPhoto(db, {
          id: randomUUID(),
          inspection_id: id,
          seq: i + 1,
          original_name: name,
          stored_name: file.storedName,
          sha256: file.sha256,
          bytes: file.bytes,
          mime: file.mime,
          taken_at: meta.takenAt,
          lon: meta.lon,
          lat: meta.lat,
          outside_plot_m: place && !place.inside ? place.outsideByM : null,
        });
        appendAudit(db, at, { actor, action: 'create', table: 'inspection_photos', recordId: id, field: 'photo', newValue: { name, sha256: file.sha256 }, reason: 'inspection' });
      });
      if (changed.length > 0) {
        const columns = Object.fromEntries(changed.map((f) => [PROGRESS_COLUMNS[f], next[f]]));
        if (!updateContract(db, contract.id, contract.rowVersion, columns)) throw new ConflictError(`plot ${input.plotId}: progress changed meanwhile`, `${plotNameZh(db, input.plotId)}：保存期间建设进度已被他人修改，请刷新后重试`);
        for (const f of changed) {
          appendAudit(db, at, { actor, action: 'update', table: 'contracts', recordId: contract.id, field: f, oldValue: contract[f], newValue: next[f], reason: `inspection ${id}` });
        }
      }
    })();
  } catch (e) {
    removeCreated(folder, photos.map((p) => p.file));
    throw e;
  }
  const inspection = loadInspections(db, { id })[0];
  if (!inspection) throw new Error('inspection vanished after saving');
  return { inspection, before, after: lifecycleStatusOf(db, input.plotId, today), changedFields: changed, warnings };
}
