// The React hook onto the single app store (installed once by main.tsx before the first render).
import { useStore } from 'zustand';
import type { AppStore } from './store';
import type { StoreState } from './types';

let installed: AppStore | null = null;

/** Installs the store the hook reads; called once at startup. */
export function installStore(store: AppStore): void {
  installed = store;
}

/** Selects from the app store. Select primitives or stable references (or wrap with `useShallow`) to avoid re-renders. */
export function useAppStore<T>(selector: (state: StoreState) => T): T {
  if (!installed) throw new Error('The app store was used before main.tsx installed it.');
  return useStore(installed, selector);
}
