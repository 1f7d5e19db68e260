import { createStoreHooks } from './createStoreHooks';

/** Which top-level view is showing (see app/views.tsx). */
const view = createStoreHooks<{ view: string }, { setView(id: string): void }>({ view: 'map' }, (set) => ({
  setView: (id) => set({ view: id }),
}));

export const useViewState = view.useState;
export const useViewActions = view.useActions;
