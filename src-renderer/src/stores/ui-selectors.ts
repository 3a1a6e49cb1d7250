// Selectors of the UI slice (ui-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

/** Whether the entity with this id is the selected one. */
export const selectIsSelected = (id: string) => (s: StoreState) => s.selected?.id === id;

/** The selected character's id; null when nothing, or another kind of entity, is selected. */
export const selectSelectedCharacterId = (s: StoreState): string | null =>
  s.selected?.type === 'character' ? s.selected.id : null;

// Fields and actions read as they are (an action is a stable reference).
export const selectCreating = (s: StoreState) => s.creating;
export const selectEntityTab = (s: StoreState) => s.entityTab;
export const selectSelectEntity = (s: StoreState) => s.selectEntity;
export const selectSelected = (s: StoreState) => s.selected;
export const selectSetCreating = (s: StoreState) => s.setCreating;
export const selectSetEntityTab = (s: StoreState) => s.setEntityTab;
export const selectTasksOpen = (s: StoreState) => s.tasksOpen;
export const selectToggleTasks = (s: StoreState) => s.toggleTasks;
