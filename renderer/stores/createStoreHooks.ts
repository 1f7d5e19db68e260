import { createStore, useStore, type StoreApi } from 'zustand';

type Setter<S> = (partial: Partial<S> | ((state: S) => Partial<S>)) => void;

/**
 * Small zustand stores made one way: plain state plus an `actions` object that never changes, exposed as a
 * selector hook for state and a separate hook for actions (components that only act do not re-render).
 */
export function createStoreHooks<S extends object, A extends object>(
  initial: S,
  makeActions: (set: Setter<S>, get: () => S) => A,
) {
  type Full = S & { actions: A };
  const store: StoreApi<Full> = createStore<Full>()((set, get) => ({
    ...initial,
    actions: makeActions((partial) => set(partial as Partial<Full>), get),
  }));
  const useState = <T>(selector: (state: S) => T): T => useStore(store, selector);
  const useActions = (): A => useStore(store, (s) => s.actions);
  return { store, useState, useActions };
}
