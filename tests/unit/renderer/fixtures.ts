// Builders of small contract objects (snapshots, characters, relationships) for the renderer's unit tests.
import type { Character, ProjectSnapshot, Relationship } from '../../../src-preload/contract';

export const ID = (n: number): string => `01HZZZZZZZZZZZZZZZZZZZZZ${String(n).padStart(2, '0')}`;
const AT = '2025-01-01T00:00:00.000Z';

export function character(n: number, name: string): Character {
  return {
    id: ID(n),
    createdAt: AT,
    updatedAt: AT,
    createdVia: 'manual',
    provenance: {},
    name,
    aliases: [],
    goals: [],
    traits: [],
    wardrobe: [],
  };
}

export function relationship(
  n: number,
  source: number,
  target: number,
  strength: number,
  trust: number,
  history: Relationship['history'] = [],
): Relationship {
  return {
    id: ID(n),
    createdAt: AT,
    updatedAt: AT,
    createdVia: 'agent',
    provenance: {},
    sourceId: ID(source),
    targetId: ID(target),
    kind: 'friendship',
    directed: false,
    strength,
    trust,
    interactionCount: history.length,
    history,
  };
}

export function snapshot(characters: Character[] = [], revision = 0): ProjectSnapshot {
  return {
    summary: {
      id: ID(99),
      name: 'Film',
      kind: 'short-film',
      path: '/p',
      updatedAt: AT,
      counts: { characters: characters.length, locations: 0, scenes: 0, shots: 0 },
    },
    file: {
      schemaVersion: 1,
      project: {
        id: ID(99),
        name: 'Film',
        kind: 'short-film',
        seed: 1,
        createdAt: AT,
        updatedAt: AT,
        workflow: { current: 'concept', completed: [], needsReview: [], history: [] },
        settings: { reviewGate: true },
      },
      entities: {
        characters,
        locations: [],
        relationships: [],
        scenes: [],
        shots: [],
        beats: [],
        talents: [],
        castings: [],
      },
      history: { undo: [], redo: [] },
    },
    revision,
    readOnly: false,
    canUndo: false,
    canRedo: false,
  };
}
