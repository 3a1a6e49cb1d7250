// First-hour fixes in the web UI: a blocked step names everything it needs, and a suggestion never acts by itself.
import { expect, test } from './fixtures';
import { chatPanel, lastReply, newProject, sendChat } from './helpers';

test('a blocked step names every missing prerequisite with its remedy', async ({ app }) => {
  await newProject(app, 'Empty Harbour');
  const workflow = app.getByRole('navigation', { name: 'Workflow' });
  const breakdown = workflow.getByRole('button', { name: 'Scene breakdown', exact: true });
  await breakdown.focus(); // aria-disabled: focusable, so its reason can be read
  const why = workflow.getByRole('group', { name: 'Why Scene breakdown is blocked' });
  await expect(why).toBeVisible();
  await expect(why).toContainText('Describe the idea first');
  await expect(why).toContainText('Create at least 2 characters first');
  await expect(why).toContainText('Create at least 1 location first');
  for (const remedy of ['Write a logline', 'Create 2 characters', 'Create a location'])
    await expect(why.getByRole('button', { name: remedy })).toBeVisible();
  // The remedy waits in the message box: nothing is created until the user sends it.
  await why.getByRole('button', { name: 'Create 2 characters' }).click();
  const box = chatPanel(app).getByRole('textbox', { name: 'Chat message' });
  await expect(box).toHaveValue('create 2 characters');
  await expect(box).toBeFocused();
  await expect(chatPanel(app).getByRole('article')).toHaveCount(0);
  await expect(app.getByRole('tab', { name: /Characters/ })).toContainText('0');
});

test('a suggestion under a reply fills the message box and sends nothing', async ({ app }) => {
  await newProject(app, 'Quiet Pier');
  await sendChat(app, 'Create a character named Omar, 50, lighthouse keeper');
  const replies = chatPanel(app).getByRole('article');
  const count = await replies.count();
  const choice = lastReply(app)
    .getByRole('group', { name: 'Suggested next steps' })
    .getByRole('button')
    .first();
  const label = (await choice.textContent()) ?? '';
  await choice.click();
  await expect(chatPanel(app).getByRole('textbox', { name: 'Chat message' })).toHaveValue(/\S/);
  await expect(replies).toHaveCount(count);
  expect(label.length).toBeGreaterThan(0);
});
