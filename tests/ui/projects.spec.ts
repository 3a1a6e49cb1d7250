// Projects on the home screen against the real handlers: demo, create + open, survive a host restart, export + import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createProject, lastReply, openProject, projectRow, sendChat } from './helpers';

/** The demo as shipped (read, not copied, so the spec follows the resource). */
const demo = JSON.parse(readFileSync(join(process.cwd(), 'resources/demo/project.json'), 'utf8')) as {
  project: { name: string };
  entities: { characters: { name: string }[] };
};

test('the home screen opens the demo project with its characters', async ({ app }) => {
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(app.getByRole('heading', { level: 1, name: demo.project.name })).toBeVisible();
  const characters = app.getByRole('list', { name: 'Characters' });
  for (const { name } of demo.entities.characters)
    await expect(characters.getByRole('button', { name })).toBeVisible();
  await expect(app.getByRole('tab', { name: /Characters/ })).toContainText(
    String(demo.entities.characters.length),
  );
});

test('a created project is listed, opens, and survives a restart of the host', async ({ app, host }) => {
  const row = await createProject(app, 'Night Ferry', 'Feature film');
  await expect(row).toContainText('Feature film');
  await openProject(app, row, 'Night Ferry');
  await sendChat(app, 'Create a character named Ada, 41, captain');
  await expect(lastReply(app).getByRole('button', { name: 'Ada', exact: true })).toBeVisible();
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Ada/ }),
  ).toBeVisible();

  await app.goto(await host.restart());
  const again = projectRow(app, 'Night Ferry');
  await expect(again).toContainText('1 character');
  await openProject(app, again, 'Night Ferry');
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Ada/ }),
  ).toBeVisible();
  // The conversation came back with the project (its latest session is loaded on open).
  await expect(
    app.getByRole('region', { name: 'Chat' }).getByText('Create a character named Ada, 41, captain'),
  ).toBeVisible();
});

test('an exported project imports back as a second project', async ({ app }, testInfo) => {
  const row = await createProject(app, 'Paper Moon');
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    row.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.storyloom$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  await app.getByLabel('Import project file').setInputFiles(file);
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText('Imported');
  await expect(app.getByRole('list', { name: 'Projects' }).getByRole('listitem')).toHaveCount(2);
});
