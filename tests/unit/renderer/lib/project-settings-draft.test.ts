// Unit tests of the project settings draft: empty budget means no cap, bounds, rounding, and change detection.
import { describe, expect, it } from 'vitest';
import {
  projectDraftChanged,
  projectDraftFrom,
  projectPatchFrom,
} from '../../../../src-renderer/src/lib/project-settings-draft';

describe('project settings draft', () => {
  it('starts from the stored settings, with an empty budget when there is no cap', () => {
    expect(projectDraftFrom({ reviewGate: true })).toEqual({ reviewGate: true, budgetUsd: '' });
    expect(projectDraftFrom({ reviewGate: false, budgetUsd: 2.5 })).toEqual({
      reviewGate: false,
      budgetUsd: '2.5',
    });
  });

  it('sends null for an empty budget and a number (to the cent) otherwise', () => {
    expect(projectPatchFrom({ reviewGate: false, budgetUsd: '  ' })).toEqual({
      ok: true,
      patch: { reviewGate: false, budgetUsd: null },
    });
    expect(projectPatchFrom({ reviewGate: true, budgetUsd: '1.239' })).toEqual({
      ok: true,
      patch: { reviewGate: true, budgetUsd: 1.24 },
    });
    expect(projectPatchFrom({ reviewGate: true, budgetUsd: '0' })).toEqual({
      ok: true,
      patch: { reviewGate: true, budgetUsd: 0 },
    });
  });

  it('refuses negative, non-numeric and oversized budgets with a sentence for the user', () => {
    for (const text of ['-1', 'abc', '1e9']) {
      const check = projectPatchFrom({ reviewGate: true, budgetUsd: text });
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/budget/i);
    }
  });

  it('sees a change in either field, and none when the draft matches', () => {
    const stored = { reviewGate: true, budgetUsd: 3 };
    expect(projectDraftChanged(projectDraftFrom(stored), stored)).toBe(false);
    expect(projectDraftChanged({ reviewGate: false, budgetUsd: '3' }, stored)).toBe(true);
    expect(projectDraftChanged({ reviewGate: true, budgetUsd: '' }, stored)).toBe(true);
    expect(projectDraftChanged({ reviewGate: true, budgetUsd: '' }, { reviewGate: true })).toBe(false);
    expect(projectDraftChanged({ reviewGate: true, budgetUsd: '4' }, stored)).toBe(true);
  });
});
