// Bulk creation runs through the task queue: the Tasks drawer shows the task's progress and the entities appear.
import { expect, test } from './fixtures';
import { lastReply, newProject, sendChat } from './helpers';

test('"create 4 characters for a heist movie" is queued, progresses in the Tasks drawer and fills the cast', async ({
  app,
}) => {
  await newProject(app, 'Heist', 'Feature film');
  await sendChat(app, 'create 4 characters for a heist movie');
  await expect(lastReply(app)).toContainText('Creating 4 characters');
  const tasks = app.getByRole('region', { name: 'Tasks' });
  await tasks.getByRole('button', { name: 'Tasks' }).click();
  const queue = tasks.getByRole('list', { name: 'Queue' });
  await expect(queue.getByRole('listitem').first()).toContainText('4 / 4');
  await expect(queue.getByRole('listitem').first()).toContainText('done');
  await expect(app.getByRole('tab', { name: /^Characters 4/ })).toBeVisible();
});
