// Selectors of the project list slice (projects-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { StoreState } from './types';

// Fields and actions read as they are (an action is a stable reference).
export const selectCreateProject = (s: StoreState) => s.createProject;
export const selectDeleteProject = (s: StoreState) => s.deleteProject;
export const selectDuplicateProject = (s: StoreState) => s.duplicateProject;
export const selectExportProject = (s: StoreState) => s.exportProject;
export const selectImportProject = (s: StoreState) => s.importProject;
export const selectOpenDemo = (s: StoreState) => s.openDemo;
export const selectProjects = (s: StoreState) => s.projects;
export const selectProjectsBusy = (s: StoreState) => s.projectsBusy;
export const selectProjectsLoaded = (s: StoreState) => s.projectsLoaded;
export const selectRenameProject = (s: StoreState) => s.renameProject;
