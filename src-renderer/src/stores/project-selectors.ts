// Selectors of the open project slice (project-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { EntityCollections } from '../contract';
import type { StoreState } from './types';

/** One empty entity set shared by every read while no project is open (a stable reference: no re-render). */
const NO_ENTITIES: EntityCollections = {
  characters: [],
  locations: [],
  relationships: [],
  scenes: [],
  shots: [],
  beats: [],
  talents: [],
  castings: [],
};

/** Whether the open project has an undone change to redo. */
export const selectCanRedo = (s: StoreState) => s.snapshot?.canRedo ?? false;

/** Whether the open project has a change to undo. */
export const selectCanUndo = (s: StoreState) => s.snapshot?.canUndo ?? false;

/** The open project's entities; one shared empty set when none is open (a stable reference). */
export const selectEntities = (s: StoreState): EntityCollections => s.snapshot?.file.entities ?? NO_ENTITIES;

/** Whether a project is open. */
export const selectHasProject = (s: StoreState) => s.snapshot !== null;

/** Whether this project is the one being opened (its row shows a loading state). */
export const selectIsOpening = (projectId: string) => (s: StoreState) => s.opening === projectId;

/** The open project's logline, when it has one. */
export const selectLogline = (s: StoreState) => s.snapshot?.file.project.logline;

/** The open project's id (undefined when none is open). */
export const selectOpenProjectId = (s: StoreState) => s.snapshot?.summary.id;

/** The open project's kind (short film, feature, …). */
export const selectProjectKind = (s: StoreState) => s.snapshot?.file.project.kind;

/** The open project's name; null when none is open. */
export const selectProjectName = (s: StoreState) => s.snapshot?.file.project.name ?? null;

/** The id stored in the open project's file. */
export const selectProjectRecordId = (s: StoreState) => s.snapshot?.file.project.id;

/** The open project's settings (review gate, budget); null when none is open. */
export const selectProjectSettings = (s: StoreState) => s.snapshot?.file.project.settings ?? null;

/** Whether the open project is read-only (another window holds it). */
export const selectReadOnly = (s: StoreState) => s.snapshot?.readOnly ?? false;

/** Why the open project is read-only, when it is. */
export const selectReadOnlyReason = (s: StoreState) => s.snapshot?.readOnlyReason;

/** Whether edits are allowed: a project is open and not read-only. */
export const selectWritable = (s: StoreState) => s.snapshot !== null && !s.snapshot.readOnly;

// Fields and actions read as they are (an action is a stable reference).
export const selectCloseProject = (s: StoreState) => s.closeProject;
export const selectCreateEntity = (s: StoreState) => s.createEntity;
export const selectDeleteEntity = (s: StoreState) => s.deleteEntity;
export const selectOpenProject = (s: StoreState) => s.openProject;
export const selectRedo = (s: StoreState) => s.redo;
export const selectUndo = (s: StoreState) => s.undo;
export const selectUpdateEntity = (s: StoreState) => s.updateEntity;

/** The open project's summary (id, name, kind…), or null when none is open. */
export const selectOpenProjectSummary = (s: StoreState) => s.snapshot?.summary ?? null;

/** The open project's revision (-1 when none is open): effects that reload derived data depend on it. */
export const selectRevision = (s: StoreState) => s.snapshot?.revision ?? -1;

/** The open project's shots, or undefined when none is open. */
export const selectShots = (s: StoreState) => s.snapshot?.file.entities.shots;
