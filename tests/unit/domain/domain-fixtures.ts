// In-memory project files for the pure domain helpers: built with the store's own ChangeBuilder, no disk.
import type { ProjectFile } from '../../../src-preload/contract/project';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { newProjectFile } from '../../../src-main/store/new-project';

export interface CastFile {
  file: ProjectFile;
  ids: {
    sarah: string;
    john: string;
    maya: string;
    harbor: string;
    warehouse: string;
    scene: string;
    sarahJohn: string;
  };
}

/** An empty short film. */
export const emptyFile = (): ProjectFile => newProjectFile('Domain Test', 'short-film', { seed: 7 });

/**
 * Sarah Connor (28, journalist, protagonist, alias "Sal"), John (cop, antagonist), Maya (no role);
 * The Harbor (used by scene 1) and The Warehouse (unused); Sarah and John are siblings.
 */
export function castFile(): CastFile {
  const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
  const sarah = b.create('character', {
    name: 'Sarah Connor',
    age: 28,
    occupation: 'journalist',
    role: 'protagonist',
    aliases: ['Sal'],
    description: 'A stubborn reporter.',
  }).id;
  const john = b.create('character', { name: 'John', occupation: 'cop', role: 'antagonist' }).id;
  const maya = b.create('character', { name: 'Maya' }).id;
  const harbor = b.create('location', { name: 'The Harbor', description: 'Fog and cranes.' }).id;
  const warehouse = b.create('location', { name: 'The Warehouse', aliases: ['Depot'] }).id;
  const scene = b.create('scene', {
    number: 1,
    heading: 'EXT. HARBOR - NIGHT',
    locationId: harbor,
    characterIds: [sarah, john],
  }).id;
  const sarahJohn = b.create('relationship', {
    sourceId: sarah,
    targetId: john,
    kind: 'family',
    label: 'siblings',
    strength: 0.6,
    trust: 0.7,
  }).id;
  return { file: b.work, ids: { sarah, john, maya, harbor, warehouse, scene, sarahJohn } };
}
