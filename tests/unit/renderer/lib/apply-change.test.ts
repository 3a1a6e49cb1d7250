// Unit tests of applying change ops to a project snapshot (insert/update/delete, metadata, stale and gap revisions).
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../../src-renderer/src/lib/apply-change';
import { character, ID, snapshot } from '../fixtures';

const change = (revision: number, ops: Parameters<typeof applyChange>[1]['ops']) => ({
  changeId: `c${revision}`,
  label: 'x',
  revision,
  ops,
  canUndo: true,
  canRedo: false,
});

describe('applyChange', () => {
  it('inserts, updates and deletes entities and recounts the summary', () => {
    const start = snapshot([character(1, 'Ada'), character(2, 'Bo')], 3);
    const outcome = applyChange(
      start,
      change(4, [
        { type: 'character', id: ID(3), before: null, after: { ...character(3, 'Cy') } },
        {
          type: 'character',
          id: ID(1),
          before: { ...character(1, 'Ada') },
          after: { ...character(1, 'Ada Lovelace') },
        },
        { type: 'character', id: ID(2), before: { ...character(2, 'Bo') }, after: null },
      ]),
    );
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.snapshot.file.entities.characters.map((c) => c.name)).toEqual(['Ada Lovelace', 'Cy']);
    expect(outcome.snapshot.summary.counts.characters).toBe(2);
    expect(outcome.snapshot.revision).toBe(4);
    expect(outcome.snapshot.canUndo).toBe(true);
    // The original snapshot is untouched (immutable update).
    expect(start.file.entities.characters.map((c) => c.name)).toEqual(['Ada', 'Bo']);
    // Untouched collections keep their identity so React memos stay valid.
    expect(outcome.snapshot.file.entities.locations).toBe(start.file.entities.locations);
  });

  it('applies project metadata ops to the header name', () => {
    const start = snapshot([], 0);
    const outcome = applyChange(
      start,
      change(1, [
        { type: 'project', id: ID(99), before: null, after: { ...start.file.project, name: 'Renamed' } },
      ]),
    );
    expect(outcome.kind === 'applied' && outcome.snapshot.summary.name).toBe('Renamed');
  });

  it('skips a revision it already has and reports a gap', () => {
    const start = snapshot([], 5);
    expect(applyChange(start, change(5, [])).kind).toBe('stale');
    expect(applyChange(start, change(7, []))).toEqual({ kind: 'gap', expected: 6, got: 7 });
  });
});
