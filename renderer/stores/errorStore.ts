import { describeError, type DescribedError } from '../api/ApiCallError';
import { createStoreHooks } from './createStoreHooks';

export interface ShownError extends DescribedError {
  id: number;
}

let nextId = 1;

const errors = createStoreHooks<{ errors: ShownError[] }, {
  report(error: unknown): void;
  dismiss(id: number): void;
}>({ errors: [] }, (set) => ({
  report: (error) => {
    const shown = { id: nextId++, ...describeError(error) };
    set((s) => ({ errors: [...s.errors.slice(-4), shown] }));
  },
  dismiss: (id) => set((s) => ({ errors: s.errors.filter((e) => e.id !== id) })),
}));

export const useErrors = errors.useState;
export const useErrorActions = errors.useActions;

/** For code outside React components (e.g. a desktop print started from a helper). */
export const reportError = (error: unknown): void => errors.store.getState().actions.report(error);
