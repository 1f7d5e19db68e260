/** 1 亩 = 10000/15 m² exactly (domain.md §1); conversions multiply before dividing to stay exact for round areas. */
export const M2_PER_HECTARE = 10000;
export const MU_PER_HECTARE = 15;

export function m2ToMu(m2: number): number {
  return (m2 * MU_PER_HECTARE) / M2_PER_HECTARE;
}

export function muToM2(mu: number): number {
  return (mu * M2_PER_HECTARE) / MU_PER_HECTARE;
}

/** 万元/亩 → 万元/公顷 (national reporting unit). */
export function perMuToPerHectare(valuePerMu: number): number {
  return valuePerMu * MU_PER_HECTARE;
}
