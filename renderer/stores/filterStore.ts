import type { EvaluationStatus, LifecycleStatus } from '../../shared/domain/enums';
import { createStoreHooks } from './createStoreHooks';

/** 'none' = plots with no lifecycle (not supplied under a contract). */
export type LifecycleFilter = LifecycleStatus | 'all' | 'none';

export interface FilterState {
  status: EvaluationStatus | 'all';
  lifecycle: LifecycleFilter;
  search: string;
}

const filters = createStoreHooks<FilterState, {
  setStatus(status: FilterState['status']): void;
  setLifecycle(lifecycle: LifecycleFilter): void;
  setSearch(search: string): void;
  reset(): void;
}>({ status: 'all', lifecycle: 'all', search: '' }, (set) => ({
  setStatus: (status) => set({ status }),
  setLifecycle: (lifecycle) => set({ lifecycle }),
  setSearch: (search) => set({ search }),
  reset: () => set({ status: 'all', lifecycle: 'all', search: '' }),
}));

export const useFilters = filters.useState;
export const useFilterActions = filters.useActions;
