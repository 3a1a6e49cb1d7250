// A new user's first hour, walked end to end in the web UI with a screenshot of each step (test-results/walk/):
// the demo, a new project, generation from an idea, a rename in chat, the graph, a workflow step, export and import.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chatPanel, lastReply, sendChat } from './helpers';

const SHOTS = join(process.cwd(), 'test-results', 'walk');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('the first hour of a new user', async ({ app }, testInfo) => {
  test.setTimeout(90_000);
  const projects = app.getByRole('list', { name: 'Projects' });
  const heading = app.getByRole('heading', { level: 1 });

  // 1. The demo opens; opening it again opens the same project instead of a copy.
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(heading).toContainText('(demo)');
  await expect(app.getByRole('list', { name: 'Characters' }).getByRole('button').first()).toBeVisible();
  await shot(app, '01-demo');
  await app.getByRole('button', { name: 'Projects' }).click();
  await expect(projects.getByRole('listitem')).toHaveCount(1);

  // 2. A new project opens as soon as it is created.
  await app.getByRole('button', { name: 'New project' }).click();
  const form = app.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill('Tide Painter');
  await expect(form.getByLabel('Open after creating')).toBeChecked();
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(heading).toHaveText('Tide Painter');
  await expect(app.getByRole('navigation', { name: 'Workflow' })).toHaveAttribute('aria-busy', 'false');
  await shot(app, '02-new-project');

  // 3. Generate from an idea: the run timeline follows the stages to the end.
  const timeline = chatPanel(app).getByRole('region', { name: 'Run timeline' });
  await sendChat(app, 'Make a 2-minute short film about a fisherwoman who paints the tides');
  await expect(lastReply(app)).toContainText('Starting the production pipeline');
  await expect(timeline.getByRole('status', { name: 'Run status' })).toContainText('Done', {
    timeout: 30_000,
  });
  const characters = app.getByRole('list', { name: 'Characters' });
  await expect(characters.getByRole('button').first()).toBeVisible();
  await shot(app, '03-generated');

  // 4. Rename a character in chat.
  const first = (await characters.getByRole('button').first().innerText()).split('\n')[0]!.trim();
  await sendChat(app, `rename ${first} to Ysolde`);
  await expect(characters.getByRole('button', { name: /Ysolde/ })).toBeVisible();
  await expect(characters.getByRole('button', { name: new RegExp(`^${first}\\b`) })).toHaveCount(0);
  await shot(app, '04-renamed');

  // 5. The relationship graph, opened from its workflow step (a done step shows its view, moves nothing).
  const workflow = app.getByRole('navigation', { name: 'Workflow' });
  const current = workflow.locator('[aria-current="step"]');
  const currentBefore = (await current.textContent()) ?? '';
  await workflow.getByRole('button', { name: 'Relationships', exact: true }).click();
  await expect(app.getByRole('status', { name: 'Shown step' })).toContainText('Showing Relationships');
  await expect(app.getByRole('tab', { name: /Relationships/ })).toHaveAttribute('aria-selected', 'true');
  const graph = app.getByRole('region', { name: 'Relationship graph' });
  await expect(graph).toBeInViewport();
  await expect(current).toHaveText(currentBefore);
  await shot(app, '05-graph');

  // 6. Change a workflow step: go back to Characters explicitly.
  await workflow.getByRole('button', { name: 'Characters', exact: true }).click();
  await app
    .getByRole('status', { name: 'Shown step' })
    .getByRole('button', { name: 'Go back to Characters' })
    .click();
  await expect(workflow.getByRole('button', { name: 'Characters', exact: true })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await shot(app, '06-workflow-step');

  // 7. Export the archive from the project list.
  await app.getByRole('button', { name: 'Projects' }).click();
  const row = projects.getByRole('listitem', { name: 'Tide Painter', exact: true });
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    row.getByRole('button', { name: 'Export' }).click(),
  ]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await shot(app, '07-exported');

  // 8. Import it as a copy: named "(imported)", so it never looks like its original; it opens by its title.
  await app.getByLabel('Import project file').setInputFiles(file);
  const copy = projects.getByRole('listitem', { name: 'Tide Painter (imported)', exact: true });
  await expect(copy).toBeVisible();
  await expect(projects.getByRole('listitem')).toHaveCount(3);
  await shot(app, '08-imported');
  await copy.getByRole('link', { name: 'Tide Painter (imported)' }).click();
  await expect(heading).toHaveText('Tide Painter (imported)');
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Ysolde/ }),
  ).toBeVisible();
});
