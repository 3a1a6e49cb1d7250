// Electron end-to-end: the real app window, where an Electron binary exists; skipped with a reason elsewhere.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error — a plain .mjs helper shared with `npm start` (no type declarations).
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = (electronBinary as () => string | null)();
const built = existsSync(resolve('out/main/index.js')) && existsSync(resolve('out/preload/index.cjs'));
const NO_BINARY =
  'No Electron binary is installed on this machine (it cannot be downloaded here); run `npm install` with network to get one.';
// The list reporter does not print skip reasons: say it once, plainly.
if (!binary) console.log(`e2e skipped: ${NO_BINARY}`);

test.describe('Storyloom desktop app', () => {
  test.skip(!binary, NO_BINARY);
  test.skip(!built, 'The app is not built: run `npm run build` first.');

  test('opens the home screen with a secure window and creates a project', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'storyloom-e2e-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${userData}`],
      env: { ...process.env, STORYLOOM_DATA_DIR: join(userData, 'projects') },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('button', { name: 'New project' })).toBeVisible();
      // The page has no Node: the preload exposes only window.storyloom.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(
        await window.evaluate(
          () => typeof (window as unknown as { storyloom?: { invoke?: unknown } }).storyloom?.invoke,
        ),
      ).toBe('function');
      await window.getByRole('button', { name: 'New project' }).click();
      await window.getByRole('textbox', { name: 'Project name' }).fill('E2E film');
      await window.getByRole('button', { name: 'Create' }).click();
      await expect(window.getByRole('listitem', { name: /E2E film/ })).toBeVisible();
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
