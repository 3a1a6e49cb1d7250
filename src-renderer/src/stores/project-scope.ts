// The open project's state, reset as one: every project-scoped slice registers its fields' starting values here.
import type { StoreState } from './types';

/** Fields a slice holds for the open project only, at their "no project open" values. */
export type ProjectFields = Partial<StoreState>;

export interface ProjectScope {
  /**
   * Registers a slice's project-scoped fields and returns them unchanged, so the slice starts from the very values
   * the reset restores: the list of what a project switch clears is written once, in the slice that owns it.
   */
  own<T extends ProjectFields>(initial: T): T;
  /** Every registered field at its starting value, for one `set` when a project opens or closes. */
  initialState(): ProjectFields;
}

/** A registry for one store; slices register while the store is being created. */
export function createProjectScope(): ProjectScope {
  const registered: ProjectFields[] = [];
  return {
    own(initial) {
      registered.push(initial);
      return initial;
    },
    initialState() {
      return Object.assign({}, ...registered) as ProjectFields;
    },
  };
}
