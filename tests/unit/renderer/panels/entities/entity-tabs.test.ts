// Unit tests of the entity browser's rows: labels in story order and the "stale" flag a regeneration sets.
import { describe, expect, it } from 'vitest';
import type { EntityCollections } from '../../../../../src-preload/contract';
import { buildNameIndex } from '../../../../../src-renderer/src/lib/entity-labels';
import { rowsOf } from '../../../../../src-renderer/src/panels/entities/entity-tabs';
import { character } from '../../fixtures';

describe('entity rows', () => {
  it('flags stale entities so the list can badge them', () => {
    const entities: EntityCollections = {
      characters: [character(1, 'Ada'), { ...character(2, 'Bo'), stale: true }],
      locations: [],
      relationships: [],
      scenes: [],
      shots: [],
      beats: [],
      talents: [],
      castings: [],
    };
    const rows = rowsOf('characters', entities, buildNameIndex(entities));
    expect(rows.map((r) => [r.label, r.stale])).toEqual([
      ['Ada', false],
      ['Bo', true],
    ]);
  });
});
