// Entities the benchmarks fill projects with: a created character as a change operation.
import type { ChangeOp } from '../../src-preload/contract/project';
import { newId } from '../shared/ids';

/** A change operation creating one character with `fields` on top of the required empty lists. */
export function createCharacterOp(now: string, fields: Record<string, unknown> & { name: string }): ChangeOp {
  const id = newId();
  return {
    type: 'character',
    id,
    before: null,
    after: {
      id,
      createdAt: now,
      updatedAt: now,
      createdVia: 'bulk',
      provenance: {},
      aliases: [],
      goals: [],
      traits: [],
      wardrobe: [],
      ...fields,
    },
  };
}
