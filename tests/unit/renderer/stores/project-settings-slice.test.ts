// Unit tests of the project settings verb: it sends the open project's id and adopts main's answer as the settings.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { fakeApi } from '../fake-api';
import { snapshot } from '../fixtures';

const snap = snapshot();
const projectId = snap.summary.id;

function setup(readOnly = false) {
  const fake = fakeApi({
    'project:open': () => ({ ok: true, value: { ...snap, readOnly } }),
    'project:updateSettings': (request) => {
      const { reviewGate, budgetUsd } = request as { reviewGate: boolean; budgetUsd: number | null };
      return { ok: true, value: { reviewGate, ...(budgetUsd === null ? {} : { budgetUsd }) } };
    },
    'workflow:get': () => ({ ok: false, error: { code: 'X', message: 'not needed' } }),
    'chat:sessions': () => ({ ok: true, value: [] }),
    'agent:runs': () => ({ ok: true, value: [] }),
  });
  return { ...fake, store: createAppStore(fake.api) };
}

describe('project settings slice', () => {
  it('saves the review gate and the budget, then removes the cap with null', async () => {
    const { store, calls } = setup();
    await store.getState().openProject(projectId);
    expect(await store.getState().saveProjectSettings({ reviewGate: false, budgetUsd: 2.5 })).toBe(true);
    expect(store.getState().snapshot?.file.project.settings).toEqual({ reviewGate: false, budgetUsd: 2.5 });
    expect(await store.getState().saveProjectSettings({ reviewGate: false, budgetUsd: null })).toBe(true);
    expect(store.getState().snapshot?.file.project.settings).toEqual({ reviewGate: false });
    expect(calls.filter((c) => c.channel === 'project:updateSettings').map((c) => c.request)).toEqual([
      { projectId, reviewGate: false, budgetUsd: 2.5 },
      { projectId, reviewGate: false, budgetUsd: null },
    ]);
    expect(
      store
        .getState()
        .notices.filter((n) => n.kind === 'info')
        .map((n) => n.message),
    ).toEqual(['Project settings saved.', 'Project settings saved.']);
  });

  it('does not call main for a read-only project, and says why', async () => {
    const { store, calls } = setup(true);
    await store.getState().openProject(projectId);
    expect(await store.getState().saveProjectSettings({ reviewGate: false })).toBe(false);
    expect(calls.some((c) => c.channel === 'project:updateSettings')).toBe(false);
    expect(store.getState().notices.filter((n) => n.code === 'PROJECT_READ_ONLY')).toHaveLength(1);
  });
});
