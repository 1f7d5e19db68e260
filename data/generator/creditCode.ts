/**
 * 统一社会信用代码 (GB 32100-2015): 1 登记管理部门 + 1 机构类别 + 6 行政区划 + 9 主体标识码 (GB 11714 组织机构代码,
 * itself with a check character) + 1 check character.
 */
import type { Rng } from './prng';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character for the first 17; throws on a character outside the code's alphabet. */
export function creditCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('a credit code has 17 characters before its check character');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const v = CHARSET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`invalid credit-code character ${first17.charAt(i)}`);
    sum += v * (WEIGHTS[i] as number);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/** GB 11714-1997 check character of an 8-character organisation code body (digits and capital letters). */
export function orgCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = body8.charAt(i);
    const v = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += v * (ORG_WEIGHTS[i] as number);
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

const BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A plausible enterprise code (登记管理部门 9 = 市场监管, 机构类别 1 = 企业) registered in `regionCode`. */
export function makeCreditCode(rng: Rng, regionCode: string): string {
  let body: string;
  if (rng.chance(0.6)) {
    // Codes issued since 2015 carry an "MA" body.
    body = 'MA';
    for (let i = 0; i < 6; i += 1) body += BODY_CHARS.charAt(rng.int(0, BODY_CHARS.length - 1));
  } else {
    body = String(rng.int(10000000, 99999999));
  }
  const first17 = `91${regionCode}${body}${orgCheckChar(body)}`;
  return first17 + creditCheckChar(first17);
}
