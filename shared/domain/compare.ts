import type { Comparator } from './enums';

/** Values within this relative distance of a threshold count as equal to it (cli-contract.md). */
export const RELATIVE_TOLERANCE = 1e-9;

export function nearlyEqual(a: number, b: number, tolerance = RELATIVE_TOLERANCE): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= tolerance * scale;
}

export function meets(value: number, comparator: Comparator, threshold: number): boolean {
  const equal = nearlyEqual(value, threshold);
  switch (comparator) {
    case '>=':
      return equal || value > threshold;
    case '>':
      return !equal && value > threshold;
    case '<=':
      return equal || value < threshold;
    case '<':
      return !equal && value < threshold;
  }
}
