import type { IsoDate } from '../domain/dates';
import type { LifecycleStatus } from '../domain/enums';
import type { LifecycleDates } from './lifecycle';
import type { LifecycleLaw } from './ruleSetSchema';

interface Core {
  status: LifecycleStatus;
  idleSince: IsoDate | null;
  reclaimableFrom: IsoDate | null;
  feeWan: number | null;
}

export const LIFECYCLE_LABEL: Record<LifecycleStatus, { zh: string; en: string }> = {
  'not-due': { zh: '未到约定开工期', en: 'Not yet due' },
  'start-reminder': { zh: '临近约定开工', en: 'Start date approaching' },
  'start-overdue': { zh: '逾期未开工', en: 'Start overdue' },
  idle: { zh: '闲置（满一年未动工）', en: 'Idle (not started for a full year)' },
  'idle-reclaimable': { zh: '闲置满两年（可无偿收回）', en: 'Idle two years (recoverable without compensation)' },
  'idle-government-cause': { zh: '闲置（政府原因）', en: 'Idle (government cause)' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  'completion-reminder': { zh: '临近约定竣工', en: 'Completion date approaching' },
  'completion-overdue': { zh: '逾期未竣工', en: 'Completion overdue' },
  'stalled-idle': { zh: '中止开发满一年（闲置）', en: 'Stalled a full year (idle)' },
  completed: { zh: '已竣工', en: 'Completed' },
};

const ZH_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A statutory period of the rule set in force as its sentences say it: 一年 / 两年, "a full year" / "two full years". */
export function fullYearsLabel(years: number): { zh: string; en: string } {
  const en = years === 1 ? 'a full year' : years === 2 ? 'two full years' : `${years} full years`;
  return { zh: `${ZH_COUNT[years] ?? String(years)}年`, en };
}

function fee(v: number | null, rate: number, zh: boolean): string {
  if (v === null) return '';
  const pct = `${(rate * 100).toFixed(0)}%`;
  return zh
    ? `，可征缴土地闲置费约${v.toFixed(2)}万元（土地价款的${pct}）`
    : `; an idle-land fee of about ${v.toFixed(2)} (10k yuan, ${pct} of the land price) may be levied`;
}

export function lifecycleTexts(core: Core, p: LifecycleDates, law: LifecycleLaw): { zh: string; en: string } {
  const label = LIFECYCLE_LABEL[core.status];
  const src = { zh: `依据：${law.source.zh}`, en: `Source: ${law.source.en}.` };
  let zh: string;
  let en: string;
  switch (core.status) {
    case 'completed':
      zh = `已于${p.actualCompletionDate}竣工。`;
      en = `Completed on ${p.actualCompletionDate}.`;
      return { zh, en };
    case 'not-due':
    case 'start-reminder':
    case 'start-overdue':
      zh = `${label.zh}：约定开工日期${p.agreedStartDate}，尚未动工。`;
      en = `${label.en}: agreed start ${p.agreedStartDate}, not started.`;
      return { zh, en };
    case 'under-construction':
    case 'completion-reminder':
    case 'completion-overdue':
      zh = `${label.zh}：${p.actualStartDate}动工，约定竣工日期${p.agreedCompletionDate ?? '未约定'}。`;
      en = `${label.en}: started ${p.actualStartDate}, agreed completion ${p.agreedCompletionDate ?? 'not agreed'}.`;
      return { zh, en };
    case 'idle':
    case 'idle-reclaimable':
    case 'idle-government-cause':
    case 'stalled-idle': {
      const why =
        p.suspendedSince !== null && core.status !== 'idle' && core.status !== 'idle-reclaimable' && p.actualStartDate !== null
          ? { zh: `自${p.suspendedSince}中止开发建设`, en: `construction suspended since ${p.suspendedSince}` }
          : { zh: `约定开工日期${p.agreedStartDate}后未动工开发`, en: `not started after the agreed start ${p.agreedStartDate}` };
      const reclaim = fullYearsLabel(law.reclaimAfterYears);
      const recover = core.reclaimableFrom
        ? { zh: `，自${core.reclaimableFrom}起满${reclaim.zh}，可无偿收回国有建设用地使用权`, en: `; from ${core.reclaimableFrom} (${reclaim.en}) the land may be recovered without compensation` }
        : { zh: '', en: '' };
      const gov = core.status === 'idle-government-cause'
        ? { zh: '；因政府原因造成，不征缴闲置费，按第十二条方式处置', en: '; caused by government, so no fee is levied and Art. 12 options apply' }
        : { zh: '', en: '' };
      zh = `${label.zh}：${why.zh}，自${core.idleSince}起构成闲置${recover.zh}${fee(core.feeWan, law.idleFeeRate, true)}${gov.zh}。`;
      en = `${label.en}: ${why.en}; idle since ${core.idleSince}${recover.en}${fee(core.feeWan, law.idleFeeRate, false)}${gov.en}.`;
      return { zh: `${zh}${src.zh}`, en: `${en} ${src.en}` };
    }
  }
}
