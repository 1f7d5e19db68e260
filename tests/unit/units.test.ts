import { describe, expect, it } from 'vitest';
import { m2ToMu, muToM2, perMuToPerHectare } from '../../shared/domain/units';

describe('units', () => {
  it('1000 m² is exactly 1.5 亩 and 1 公顷 is 15 亩', () => {
    expect(m2ToMu(1000)).toBe(1.5);
    expect(m2ToMu(10000)).toBe(15);
    expect(muToM2(15)).toBe(10000);
  });
  it('one 亩 is 10000/15 m², not 666.67', () => {
    expect(muToM2(1)).toBeCloseTo(666.6666666667, 9);
    expect(m2ToMu(666.67)).not.toBe(1);
  });
  it('234 万元/亩 is 3510 万元/公顷', () => {
    expect(perMuToPerHectare(234)).toBe(3510);
  });
});
