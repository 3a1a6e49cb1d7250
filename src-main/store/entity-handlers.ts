// Handlers of entity CRUD and undo/redo: validated generic verbs over every entity type.
import type { HandlerTable } from '../shared/handler-types';
import type { ProjectRepository } from './project-repository';

type EntityHandlers = Pick<
  HandlerTable,
  'entity:create' | 'entity:update' | 'entity:delete' | 'history:undo' | 'history:redo'
>;

export function entityHandlers({ projects }: { projects: ProjectRepository }): EntityHandlers {
  return {
    'entity:create': async ({ projectId, type, data }) =>
      (await projects.open(projectId)).createEntity(type, data, { via: 'manual' }),
    'entity:update': async ({ projectId, type, id, patch }) =>
      (await projects.open(projectId)).updateEntity(type, id, patch, { via: 'manual' }),
    'entity:delete': async ({ projectId, type, id }) =>
      (await projects.open(projectId)).deleteEntity(type, id),
    'history:undo': async ({ projectId }) => ({ change: await (await projects.open(projectId)).undo() }),
    'history:redo': async ({ projectId }) => ({ change: await (await projects.open(projectId)).redo() }),
  };
}
