// The freshness check of bin/storyloom.mjs: out/cli runs only while no input of its build changed since.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module of the bin folder (no type declarations)
import { BUILD_STAMP, builtCliIsFresh } from '../../../bin/built-cli-fresh.mjs';

const isFresh = builtCliIsFresh as (root: string) => boolean;
let root: string;
const BUILT_AT = Date.parse('2026-01-01T12:00:00Z');

function write(relative: string, text = '', mtime = BUILT_AT - 60_000): void {
  const file = join(root, relative);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, new Date(mtime), new Date(mtime));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'storyloom-fresh-'));
  write('out/cli/main.mjs');
  write('src-main/cli/main.ts');
  write('resources/engine/lexicon.json', '{}');
  write(
    BUILD_STAMP as string,
    JSON.stringify({
      builtAt: BUILT_AT,
      inputs: ['src-main/cli/main.ts', 'resources/engine/lexicon.json'],
    }),
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('builtCliIsFresh', () => {
  it('runs the build while none of its inputs changed', () => {
    expect(isFresh(root)).toBe(true);
  });

  it('refuses the build once a source or an engine table is edited after it', () => {
    write('resources/engine/lexicon.json', '{"a":1}', BUILT_AT + 1_000);
    expect(isFresh(root)).toBe(false);
  });

  it('refuses the build when an input is gone, the stamp is missing or unreadable', () => {
    rmSync(join(root, 'src-main/cli/main.ts'));
    expect(isFresh(root)).toBe(false);
    write('src-main/cli/main.ts');
    expect(isFresh(root)).toBe(true);
    write(BUILD_STAMP as string, 'not json');
    expect(isFresh(root)).toBe(false);
    rmSync(join(root, BUILD_STAMP as string));
    expect(isFresh(root)).toBe(false);
  });

  it('runs the build of an installed package (no sources beside it) and needs a build to run', () => {
    rmSync(join(root, 'src-main'), { recursive: true });
    rmSync(join(root, BUILD_STAMP as string));
    expect(isFresh(root)).toBe(true);
    rmSync(join(root, 'out/cli/main.mjs'));
    expect(isFresh(root)).toBe(false);
  });
});
