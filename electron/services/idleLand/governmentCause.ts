import type { ApiInput } from '../../../shared/api/contract';
import { BadInputError, ConflictError } from '../../api/errors';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { loadContractProgress, updateContract } from '../../db/queries/contractProgress';
import { currentActor } from '../../db/userName';
import { plotNameZh } from './plotState';

/** Records (or clears) a government-caused delay with its Art. 8 ground: one transaction, one audit row per changed field. */
export function setGovernmentCause(db: Db, at: string, input: ApiInput<'plots.governmentCause.set'>): { contractVersion: number } {
  const c = loadContractProgress(db, input.plotId);
  if (!c) throw new BadInputError(`plotId: plot ${input.plotId} has no supply contract`, `plotId：${plotNameZh(db, input.plotId)} 没有供地合同`);
  if (c.rowVersion !== input.contractVersion) throw new ConflictError(`plot ${input.plotId}: the contract changed since it was read; reload`, `${plotNameZh(db, input.plotId)}：供地合同在读取后已被他人修改，请刷新后重试`);
  const next = {
    governmentCause: input.governmentCause,
    governmentGround: input.governmentCause ? input.ground : null,
    governmentReason: input.governmentCause ? (input.reason ?? null) : null,
  };
  const columns = { governmentCause: 'government_cause', governmentGround: 'government_cause_ground', governmentReason: 'government_cause_reason' } as const;
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== c[k]);
  if (changed.length === 0) return { contractVersion: c.rowVersion };
  const actor = currentActor(db);
  db.transaction(() => {
    const values = Object.fromEntries(changed.map((k) => [columns[k], typeof next[k] === 'boolean' ? Number(next[k]) : next[k]]));
    if (!updateContract(db, c.id, c.rowVersion, values)) throw new ConflictError(`plot ${input.plotId}: changed meanwhile`, `${plotNameZh(db, input.plotId)}：保存期间供地合同已被他人修改，请刷新后重试`);
    for (const k of changed) {
      appendAudit(db, at, { actor, action: 'update', table: 'contracts', recordId: c.id, field: k, oldValue: c[k], newValue: next[k], reason: 'Art. 8 government cause' });
    }
  })();
  return { contractVersion: c.rowVersion + 1 };
}
