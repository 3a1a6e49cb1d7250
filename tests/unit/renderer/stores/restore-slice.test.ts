// Unit tests of the restore offer in the store: a damaged project opens the offer, restoring opens the repaired project.
import { describe, expect, it } from 'vitest';
import type { AppError, BackupInfo } from '../../../../src-preload/contract';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { fakeApi, flush } from '../fake-api';
import { character, snapshot } from '../fixtures';

const snap = snapshot([character(1, 'Ada')], 0);
const projectId = snap.summary.id;
const NEWEST = 'project-2025-03-04T05-06-07-089Z.json';
const OLDER = 'project-2025-03-01T00-00-00-000Z.json';
const BACKUPS: BackupInfo[] = [
  { file: NEWEST, at: '2025-03-04T05:06:07.089Z', bytes: 2048 },
  { file: OLDER, at: '2025-03-01T00:00:00.000Z', bytes: 1024 },
];
const CORRUPT: AppError = {
  code: 'PROJECT_CORRUPT',
  message: 'project.json is not valid JSON: Unexpected token.',
  remedy: `Restore the newest good backup (${NEWEST}).`,
  details: { backup: NEWEST, dir: '/p' },
};

function setup(
  restore: (request: unknown) => { ok: true; value: typeof snap } | { ok: false; error: AppError } = () => ({
    ok: true,
    value: snap,
  }),
) {
  const fake = fakeApi({
    'project:open': () => ({ ok: false, error: CORRUPT }),
    'project:backups': () => ({ ok: true, value: BACKUPS }),
    'project:restoreBackup': restore,
    'project:list': () => ({ ok: true, value: [snap.summary] }),
    'workflow:get': () => ({ ok: false, error: { code: 'X', message: 'not needed' } }),
    'chat:sessions': () => ({ ok: true, value: [] }),
    'agent:runs': () => ({ ok: true, value: [] }),
  });
  return { ...fake, store: createAppStore(fake.api) };
}

describe('restore slice', () => {
  it('offers the newest good backup when project.json is damaged, instead of a blank screen or a bare notice', async () => {
    const { store } = setup();
    expect(await store.getState().openProject(projectId)).toBe(false);
    await flush();
    const state = store.getState();
    expect(state.snapshot).toBeNull();
    expect(state.notices).toEqual([]);
    expect(state.restoreOffer).toMatchObject({
      projectId,
      code: 'PROJECT_CORRUPT',
      backup: NEWEST,
      message: CORRUPT.message,
    });
    expect(state.restoreBackups).toEqual(BACKUPS);
  });

  it('restores the newest backup and opens the repaired project', async () => {
    const { store, calls } = setup();
    await store.getState().openProject(projectId);
    expect(await store.getState().restoreBackup()).toBe(true);
    expect(calls.filter((c) => c.channel === 'project:restoreBackup')).toEqual([
      { channel: 'project:restoreBackup', request: { projectId } },
    ]);
    const state = store.getState();
    expect(state.restoreOffer).toBeNull();
    expect(state.snapshot?.file.entities.characters.map((c) => c.name)).toEqual(['Ada']);
    expect(state.notices.filter((n) => n.kind === 'info')).toMatchObject([
      { message: expect.stringContaining(NEWEST) },
    ]);
  });

  it('restores a chosen backup by name, and stays in the dialog with the reason when that backup is damaged too', async () => {
    const bad: AppError = { code: 'PROJECT_CORRUPT', message: `${OLDER} is not valid JSON.` };
    const { store, calls } = setup(() => ({ ok: false, error: bad }));
    await store.getState().openProject(projectId);
    expect(await store.getState().restoreBackup(OLDER)).toBe(false);
    expect(calls.filter((c) => c.channel === 'project:restoreBackup').map((c) => c.request)).toEqual([
      { projectId, file: OLDER },
    ]);
    expect(store.getState()).toMatchObject({
      snapshot: null,
      restoring: null,
      restoreError: bad,
      restoreOffer: { projectId },
    });
    store.getState().dismissRestore();
    expect(store.getState().restoreOffer).toBeNull();
  });

  it('offers the backup when a reconnect finds the open project damaged on disk', async () => {
    let damaged = false;
    const fake = fakeApi({
      'project:open': () => (damaged ? { ok: false, error: CORRUPT } : { ok: true, value: snap }),
      'project:backups': () => ({ ok: true, value: BACKUPS }),
      'workflow:get': () => ({ ok: false, error: { code: 'X', message: 'not needed' } }),
      'chat:sessions': () => ({ ok: true, value: [] }),
      'agent:runs': () => ({ ok: true, value: [] }),
    });
    const store = createAppStore(fake.api);
    await store.getState().openProject(projectId);
    damaged = true;
    await store.getState().resyncProject();
    expect(store.getState().restoreOffer).toMatchObject({ projectId, name: 'Film', backup: NEWEST });
    expect(store.getState().notices.some((n) => n.code === 'PROJECT_CORRUPT')).toBe(false);
  });

  it('reports other open failures as notices without an offer', async () => {
    const fake = fakeApi({
      'project:open': () => ({ ok: false, error: { code: 'PROJECT_NOT_FOUND', message: 'gone' } }),
    });
    const store = createAppStore(fake.api);
    await store.getState().openProject(projectId);
    expect(store.getState().restoreOffer).toBeNull();
    expect(store.getState().notices).toMatchObject([{ kind: 'error', code: 'PROJECT_NOT_FOUND' }]);
  });
});
