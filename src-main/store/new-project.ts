// Factory for an empty, valid project file of a given kind.
import { CURRENT_SCHEMA_VERSION, type ProjectFile } from '../../src-preload/contract/project';
import type { ProjectKind } from '../../src-preload/contract/entities';
import { newId, nowIso } from '../shared/ids';

export function newProjectFile(
  name: string,
  kind: ProjectKind,
  options: { seed?: number; id?: string; now?: string } = {},
): ProjectFile {
  const now = options.now ?? nowIso();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: {
      id: options.id ?? newId(),
      name,
      kind,
      seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
      createdAt: now,
      updatedAt: now,
      workflow: {
        current: 'concept',
        completed: [],
        needsReview: [],
        history: [{ at: now, to: 'concept', cause: 'Project created' }],
      },
      settings: { reviewGate: true },
    },
    entities: {
      characters: [],
      locations: [],
      relationships: [],
      scenes: [],
      shots: [],
      beats: [],
      talents: [],
      castings: [],
    },
    history: { undo: [], redo: [] },
  };
}
