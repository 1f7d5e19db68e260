import { createStoreHooks } from './createStoreHooks';

/** Bumped after every write (inspection, case step, edit): queries that depend on stored data fetch again. */
const revision = createStoreHooks<{ revision: number }, { bump(): void }>({ revision: 0 }, (set) => ({
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));

export const useRevision = () => revision.useState((s) => s.revision);
export const useRevisionActions = revision.useActions;
