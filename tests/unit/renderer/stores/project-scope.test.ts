// The one project reset: every field of the store is either app-wide (listed here) or put back when a project opens
// or closes, so a new slice field cannot be forgotten by the reset.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import type { StoreState } from '../../../../src-renderer/src/stores/types';
import { fakeApi } from '../fake-api';
import { snapshot } from '../fixtures';

/**
 * Fields that outlive a project switch, each for a reason: app info and notices, the project list, the open
 * project itself (set by open and close), the tasks of every project (the drawer filters), the drawer's toggle,
 * app settings and the restore dialog (shown before any project is open).
 */
const APP_WIDE = new Set<keyof StoreState>([
  'info',
  'transport',
  'notices',
  'projects',
  'projectsLoaded',
  'projectsBusy',
  'snapshot',
  'opening',
  'tasks',
  'tasksOpen',
  'settings',
  'settingsOpen',
  'settingsSaving',
  'connectionTest',
  'testingConnection',
  'restoreOffer',
  'restoreBackups',
  'restoring',
  'restoreError',
]);

/** Every data field of a fresh store (actions excluded), with its starting value. */
function dataFields(state: StoreState): [keyof StoreState, unknown][] {
  return (Object.entries(state) as [keyof StoreState, unknown][]).filter(
    ([, value]) => typeof value !== 'function',
  );
}

/** A store whose every data field holds a value no slice would start with. */
function dirtyStore() {
  const { api } = fakeApi({});
  const store = createAppStore(api);
  const fresh = dataFields(store.getState());
  store.setState(Object.fromEntries(fresh.map(([key]) => [key, { dirty: key }])) as Partial<StoreState>);
  return { store, fresh };
}

describe('project scope', () => {
  it('resets every field that is not app-wide to its starting value, and leaves the app-wide ones', () => {
    const { store, fresh } = dirtyStore();
    store.getState().resetProjectState();
    const after = store.getState();
    const projectScoped = fresh.filter(([key]) => !APP_WIDE.has(key));
    // A field a slice adds without registering it (or listing it above) stays dirty and fails here.
    for (const [key, start] of projectScoped) expect({ [key]: after[key] }).toEqual({ [key]: start });
    for (const key of APP_WIDE) expect(after[key]).toEqual({ dirty: key });
    expect(projectScoped.map(([key]) => key)).toEqual(
      expect.arrayContaining(['messages', 'selected', 'workflow', 'pipelineRun', 'runs', 'sessions']),
    );
  });

  it('lists only fields the store has (a renamed field cannot hide in the list)', () => {
    const { store } = dirtyStore();
    const keys = new Set(Object.keys(store.getState()));
    for (const key of APP_WIDE) expect(keys.has(key)).toBe(true);
  });

  it('clears the previous project when another opens or the project closes', async () => {
    const snap = snapshot([], 0);
    const { api } = fakeApi({
      'project:open': () => ({ ok: true, value: snap }),
      'project:close': () => ({ ok: true, value: {} }),
      'project:list': () => ({ ok: true, value: [] }),
    });
    const store = createAppStore(api);
    store.setState({ messages: [{ id: 'm', role: 'user', content: 'hi', status: 'done', at: 'now' }] });
    store.setState({ selected: { type: 'character', id: 'c' }, runs: { r: { runId: 'r' } as never } });
    await store.getState().openProject(snap.summary.id);
    expect(store.getState()).toMatchObject({ messages: [], selected: null, runs: {} });
    store.setState({ selected: { type: 'character', id: 'c' }, chatDraft: { text: 'x', request: 1 } });
    await store.getState().closeProject();
    expect(store.getState()).toMatchObject({ snapshot: null, selected: null, chatDraft: null });
  });
});
