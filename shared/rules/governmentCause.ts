import { z } from 'zod';

/** 《闲置土地处置办法》 Art. 8: the grounds on which a delay is the government's doing (no fee, no free recovery). */
export const Art8Ground = z.enum([
  'land-not-delivered',
  'plan-revision',
  'national-policy',
  'petition',
  'military-or-relics',
  'other-government-act',
  'force-majeure',
]);
export type Art8Ground = z.infer<typeof Art8Ground>;

export const ART8_GROUND_LABEL: Record<Art8Ground, { zh: string; en: string }> = {
  'land-not-delivered': { zh: '未按约定期限、条件交付土地', en: 'Land not delivered as agreed' },
  'plan-revision': { zh: '土地利用总体规划、城乡规划依法修改', en: 'Land-use or urban plan revised' },
  'national-policy': { zh: '国家出台相关政策，需对约定的规划和建设条件进行修改', en: 'New national policy changes planning conditions' },
  petition: { zh: '处置群众信访事项或者重大历史遗留问题', en: 'Petitions or major legacy issues being resolved' },
  'military-or-relics': { zh: '军事管制、文物保护', en: 'Military control or cultural-relic protection' },
  'other-government-act': { zh: '政府、政府有关部门的其他行为', en: 'Other acts of government' },
  'force-majeure': { zh: '不可抗力', en: 'Force majeure' },
};

/** Art. 12: how government-caused idle land may be disposed of. */
export const ART12_OPTIONS: readonly { zh: string; en: string }[] = [
  { zh: '延长动工开发期限（不超过一年）', en: 'Extend the start date (at most one year)' },
  { zh: '调整土地用途、规划条件', en: 'Change the land use or planning conditions' },
  { zh: '由政府安排临时使用（不超过两年）', en: 'Temporary government use (at most two years)' },
  { zh: '协议有偿收回', en: 'Negotiated paid recovery' },
  { zh: '置换土地', en: 'Land swap' },
];

/** Reads a ground back from free text recorded before grounds were coded (the embedded data's reasons). */
export function groundFromReason(reason: string | null): Art8Ground | null {
  if (!reason) return null;
  if (/交付|拆迁/.test(reason)) return 'land-not-delivered';
  if (/规划调整|规划.*修改/.test(reason) && !/国家/.test(reason)) return 'plan-revision';
  if (/国家.*政策/.test(reason)) return 'national-policy';
  if (/信访|历史遗留/.test(reason)) return 'petition';
  if (/军事|文物/.test(reason)) return 'military-or-relics';
  if (/不可抗力/.test(reason)) return 'force-majeure';
  return 'other-government-act';
}
