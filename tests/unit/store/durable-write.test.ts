// writeFileDurable / appendLineDurable: content replaced atomically, no temp files left behind, even on failure.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appendLineDurable,
  fsyncDirectory,
  removeStaleTempFiles,
  writeFileDurable,
} from '../../../src-main/store/durable-write';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('writeFileDurable', () => {
  it('creates a file, then replaces its whole content, leaving no temp files', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'project.json');
    await writeFileDurable(path, 'x'.repeat(10_000));
    expect(readFileSync(path, 'utf8')).toBe('x'.repeat(10_000));
    await writeFileDurable(path, 'short');
    expect(readFileSync(path, 'utf8')).toBe('short');
    await writeFileDurable(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['project.json']);
  });

  it('lets concurrent writers to one file each use their own temp file; the file ends with one complete version', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'f.json');
    const versions = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({ v: i, pad: String(i).repeat(5_000) }),
    );
    await Promise.all(versions.map((v) => writeFileDurable(path, v)));
    expect(versions).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it('fails without leaving a temp file when the target cannot be replaced, and keeps the old content', async () => {
    const dir = makeTempDir();
    const target = join(dir, 'is-a-folder');
    // Renaming a file over a non-empty folder fails after the temp file was written.
    await writeFileDurable(join(dir, 'keep.txt'), 'old');
    mkdirSync(join(target, 'child'), { recursive: true });
    await expect(writeFileDurable(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['is-a-folder', 'keep.txt']);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('old');
  });

  it('fails when the folder does not exist (nothing is created)', async () => {
    const dir = makeTempDir();
    await expect(writeFileDurable(join(dir, 'missing', 'f.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('fsyncDirectory accepts an existing folder', async () => {
    await expect(fsyncDirectory(makeTempDir())).resolves.toBeUndefined();
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only the temp files a killed writer leaves, keeping real files', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.project.json.4242.0123456789ab.tmp'), 'half written');
    writeFileSync(join(dir, '.project-2030.json.7.abcdefabcdef.tmp'), 'half a backup');
    writeFileSync(join(dir, 'project.json'), '{}');
    writeFileSync(join(dir, '.project.json.notes.tmp'), 'not ours');
    expect(await removeStaleTempFiles(dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['.project.json.notes.tmp', 'project.json']);
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toBe(0);
  });
});

describe('appendLineDurable', () => {
  it('appends whole lines, adding the newline when missing', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'chat.jsonl');
    writeFileSync(path, '');
    await appendLineDurable(path, '{"a":1}');
    await appendLineDurable(path, '{"b":2}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":2}\n');
  });
});
