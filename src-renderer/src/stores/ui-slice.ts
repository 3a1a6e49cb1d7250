// UI slice: which entity tab and entity are selected, which create form is open, and whether the tasks drawer shows.
import type { EntityType } from '../contract';
import type { SliceCreator } from './types';

/** The entity browser's sections. */
export type EntityTab = 'characters' | 'locations' | 'scenes' | 'relationships' | 'shots' | 'beats';

export interface EntityRef {
  type: EntityType;
  id: string;
}

export interface UiSlice {
  entityTab: EntityTab;
  selected: EntityRef | null;
  /** The entity type whose create form is open, if any. */
  creating: 'character' | 'location' | null;
  tasksOpen: boolean;
  setEntityTab(tab: EntityTab): void;
  /** Selects an entity (opens its card) and switches the browser to its tab. */
  selectEntity(ref: EntityRef | null): void;
  setCreating(type: 'character' | 'location' | null): void;
  toggleTasks(open?: boolean): void;
}

const TAB_OF: Partial<Record<EntityType, EntityTab>> = {
  character: 'characters',
  location: 'locations',
  scene: 'scenes',
  relationship: 'relationships',
  shot: 'shots',
  beat: 'beats',
};

export const createUiSlice: SliceCreator<UiSlice> = (set, _get, _api, scope) => ({
  ...scope.own({ entityTab: 'characters', selected: null, creating: null }),
  // The drawer stays as the user left it from project to project.
  tasksOpen: false,
  setEntityTab(tab) {
    set({ entityTab: tab, creating: null });
  },
  selectEntity(ref) {
    const tab = ref ? TAB_OF[ref.type] : undefined;
    set({ selected: ref, creating: null, ...(tab ? { entityTab: tab } : {}) });
  },
  setCreating(type) {
    set({ creating: type, ...(type ? { selected: null } : {}) });
  },
  toggleTasks(open) {
    set((s) => ({ tasksOpen: open ?? !s.tasksOpen }));
  },
});
