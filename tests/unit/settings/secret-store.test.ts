// The secrets.json fallback: 0600, codec round trip, never inside a project folder.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FileSecretStore,
  MemorySecretStore,
  SECRETS_FILE,
  type SecretCodec,
} from '../../../src-main/settings/secret-store';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterEach(() => removeTempDirs());

const REVERSE: SecretCodec = {
  id: 'reverse',
  encrypt: (s) => [...s].reverse().join(''),
  decrypt: (s) => [...s].reverse().join(''),
};

describe('FileSecretStore', () => {
  it('stores, reads and deletes secrets in a 0600 file', async () => {
    const dir = makeTempDir();
    const store = new FileSecretStore({ appDir: dir });
    expect(await store.get('api-key:openai')).toBeUndefined();
    await store.set('api-key:openai', 'sk-123');
    expect(await store.get('api-key:openai')).toBe('sk-123');
    const path = join(dir, SECRETS_FILE);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    await store.delete('api-key:openai');
    expect(await store.get('api-key:openai')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).not.toContain('sk-123');
  });

  it('tightens a pre-existing world-readable file on the next write', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, SECRETS_FILE), JSON.stringify({ version: 1, secrets: {} }), { mode: 0o644 });
    await new FileSecretStore({ appDir: dir }).set('k', 'v');
    if (process.platform !== 'win32') expect(statSync(join(dir, SECRETS_FILE)).mode & 0o777).toBe(0o600);
  });

  it('encrypts through the injected codec and refuses values of another codec', async () => {
    const dir = makeTempDir();
    await new FileSecretStore({ appDir: dir, codec: REVERSE }).set('k', 'secret-value');
    expect(readFileSync(join(dir, SECRETS_FILE), 'utf8')).toContain('eulav-terces');
    expect(await new FileSecretStore({ appDir: dir, codec: REVERSE }).get('k')).toBe('secret-value');
    await expect(new FileSecretStore({ appDir: dir }).get('k')).rejects.toMatchObject({
      code: 'SECRET_UNREADABLE',
    });
  });

  it('keeps every one of several quick writes', async () => {
    const store = new FileSecretStore({ appDir: makeTempDir() });
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => store.set(k, `v-${k}`)));
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((k) => store.get(k)))).toEqual([
      'v-a',
      'v-b',
      'v-c',
      'v-d',
    ]);
  });

  it('refuses a folder inside a project or under the projects root, and writes nothing there', () => {
    const root = makeTempDir();
    const project = join(root, 'my-film-01');
    mkdirSync(join(project, 'assets'), { recursive: true });
    writeFileSync(join(project, 'project.json'), '{}');
    expect(() => new FileSecretStore({ appDir: project })).toThrow(
      expect.objectContaining({ code: 'APP_DIR_IN_PROJECT' }),
    );
    expect(() => new FileSecretStore({ appDir: join(project, 'assets') })).toThrow(
      expect.objectContaining({ code: 'APP_DIR_IN_PROJECT' }),
    );
    expect(() => new FileSecretStore({ appDir: join(root, 'x'), projectsRoot: root })).toThrow(
      expect.objectContaining({ code: 'APP_DIR_IN_PROJECTS' }),
    );
  });

  it('reports a corrupt file with a remedy', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, SECRETS_FILE), '{"version": 1, "secr');
    await expect(new FileSecretStore({ appDir: dir }).get('k')).rejects.toMatchObject({
      code: 'SECRETS_CORRUPT',
    });
  });
});

describe('MemorySecretStore', () => {
  it('round-trips in memory', async () => {
    const store = new MemorySecretStore();
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });
});
