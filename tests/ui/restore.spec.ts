// A damaged project.json against the real store: the UI offers the newest good backup (or another one) and restores it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProject, openProject, projectRow, sendChat } from './helpers';

const NAME = 'Harbour Lights';

/** The one project folder under the projects root (the host keeps its trash in a dot folder). */
function projectDir(dataDir: string): string {
  const dirs = readdirSync(dataDir, { withFileTypes: true }).filter(
    (e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.endsWith('.partial'),
  );
  expect(dirs).toHaveLength(1);
  return join(dataDir, dirs[0]!.name);
}

/** Writes garbage over project.json, as a crash mid-write or a bad sync would. */
function damage(dir: string): void {
  writeFileSync(join(dir, 'project.json'), '{"schemaVersion": 1, "project": {"name": "Harb');
}

/**
 * A project with two backups: the empty one taken on first open, and one with Ada taken on the first write.
 * It ends closed (back on the project list), so the host serves it from disk next time.
 */
async function projectWithBackups(app: Page): Promise<void> {
  const row = await createProject(app, NAME);
  await openProject(app, row, NAME);
  await sendChat(app, 'Create a character named Ada, 41, captain');
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Ada/ }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Projects', exact: true }).click();
  await expect(projectRow(app, NAME)).toContainText('1 character');
}

test('opening a project damaged after it was listed offers the newest backup, and restoring opens it with its data', async ({
  app,
  host,
}) => {
  await projectWithBackups(app);
  await app.goto(await host.restart());
  await expect(projectRow(app, NAME)).toContainText('1 character');
  const dir = projectDir(host.dataDir);
  const backups = readdirSync(join(dir, 'backups'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  expect(backups.length).toBeGreaterThanOrEqual(2);
  const newest = backups.at(-1)!;

  // Damaged after the list was read: the row looks healthy, the open fails.
  damage(dir);
  await projectRow(app, NAME).getByRole('button', { name: 'Open' }).click();
  const dialog = app.getByRole('alertdialog', { name: 'This project cannot be opened' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/not valid JSON/);
  await expect(dialog).toContainText(NAME);
  await expect(dialog.getByRole('region', { name: 'Newest good backup' })).toContainText(newest);
  await expect(dialog.getByRole('region', { name: 'Newest good backup' })).toContainText('taken');

  // Every backup is offered too, newest first.
  await dialog.getByRole('button', { name: 'Choose another backup' }).click();
  await expect(dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(
    backups.length,
  );
  await expect(
    dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem').first(),
  ).toHaveAccessibleName(newest);

  await dialog.getByRole('button', { name: 'Restore newest backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Ada/ }),
  ).toBeVisible();
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText(
    `Restored “${NAME}” from ${newest}`,
  );

  // The good file is back, and the damaged one was kept aside rather than overwritten.
  const restored = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as {
    project: { name: string };
  };
  expect(restored.project.name).toBe(NAME);
  expect(readdirSync(dir).some((f) => /^project\.damaged-\d+\.json$/.test(f))).toBe(true);
});

test('a project damaged while the app was closed is flagged in the list, and an older backup can be chosen', async ({
  app,
  host,
}) => {
  await projectWithBackups(app);
  const dir = projectDir(host.dataDir);
  const oldest = readdirSync(join(dir, 'backups'))
    .filter((f) => f.endsWith('.json'))
    .sort()[0]!;
  damage(dir);
  await app.goto(await host.restart());

  const row = projectRow(app, NAME);
  await expect(row.getByRole('note', { name: /^Damaged/ })).toBeVisible();
  await row.getByRole('button', { name: 'Restore backup…' }).click();
  const dialog = app.getByRole('alertdialog', { name: 'This project cannot be opened' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Choose another backup' }).click();
  // The oldest backup is the one taken on first open, before Ada existed.
  await dialog.getByRole('button', { name: `Restore ${oldest}` }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(app.getByRole('tab', { name: /Characters/ })).toContainText('0');
  expect(existsSync(join(dir, 'project.json'))).toBe(true);

  // Back on the list, the project is healthy again.
  await app.getByRole('button', { name: 'Projects', exact: true }).click();
  await expect(projectRow(app, NAME).getByRole('note', { name: /^Damaged/ })).toHaveCount(0);
  await expect(projectRow(app, NAME)).toContainText('0 characters');
});
