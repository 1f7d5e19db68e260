import type { PresetId } from '../../../shared/rules/benchmarkSettings';
import { createStoreHooks } from '../../stores/createStoreHooks';

export type ClassFilter = 'all' | 'A' | 'B' | 'C' | 'D' | 'ungraded';
export type SizeFilter = 'all' | 'above' | 'below';

interface BenchmarkState {
  /** null: the latest complete year (the server's default). */
  year: number | null;
  preset: PresetId;
  /** The zone drilled into. */
  zoneId: string | null;
  /** The enterprise whose figures and note are open. */
  creditCode: string | null;
  classFilter: ClassFilter;
  zoneFilter: string;
  sizeFilter: SizeFilter;
  text: string;
}

const bench = createStoreHooks<
  BenchmarkState,
  {
    setYear(year: number | null): void;
    setPreset(preset: PresetId): void;
    drill(zoneId: string | null): void;
    openEnterprise(code: string | null): void;
    setFilters(f: Partial<Pick<BenchmarkState, 'classFilter' | 'zoneFilter' | 'sizeFilter' | 'text'>>): void;
  }
>({ year: null, preset: 'henan', zoneId: null, creditCode: null, classFilter: 'all', zoneFilter: 'all', sizeFilter: 'all', text: '' }, (set) => ({
  setYear: (year) => set({ year }),
  setPreset: (preset) => set({ preset }),
  drill: (zoneId) => set({ zoneId }),
  openEnterprise: (creditCode) => set({ creditCode }),
  setFilters: (f) => set(f),
}));

export const useBenchState = bench.useState;
export const useBenchActions = bench.useActions;
