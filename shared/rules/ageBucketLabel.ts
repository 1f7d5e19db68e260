import type { AgeBucket } from '../domain/enums';
import type { LocalParameters } from './localParameters';

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

/**
 * An unsupplied-land age bucket named by the bucket years in force (domain.md §5, [L]): the ids stay `<2y`, `2-5y`,
 * `>=5y` (the CLI contract's), the words follow `ageBucketYears`: 不满2年 / 2至5年 / 5年以上 by default.
 */
export function ageBucketLabel(bucket: AgeBucket, ageBucketYears: LocalParameters['ageBucketYears']): { zh: string; en: string } {
  const [first, second] = ageBucketYears;
  switch (bucket) {
    case '<2y':
      return { zh: `不满${first}年`, en: `under ${years(first)}` };
    case '2-5y':
      return { zh: `${first}至${second}年`, en: `${first}–${years(second)}` };
    case '>=5y':
      return { zh: `${second}年以上`, en: `${years(second)} or more` };
  }
}
