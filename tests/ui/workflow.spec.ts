// The workflow stepper against the real guards: a blocked step explains itself on focus and hover, its remedy runs
// through the chat, and once the project has what the step needs it becomes available and moving there works.
import { expect, test } from './fixtures';
import { chatPanel, lastReply, newProject, sendChat, sendDraft } from './helpers';

test('a blocked step shows why, its remedy unblocks it, and the workflow moves there', async ({ app }) => {
  await newProject(app, 'Harbour Lights');
  const workflow = app.getByRole('navigation', { name: 'Workflow' });
  await expect(workflow.getByRole('button', { name: 'Concept', exact: true })).toHaveAttribute(
    'aria-current',
    'step',
  );

  const breakdown = workflow.getByRole('button', { name: 'Scene breakdown', exact: true });
  await expect(breakdown).toHaveAttribute('aria-disabled', 'true');
  await expect(breakdown).toHaveAccessibleDescription(/blocked.*Describe the idea first/);
  const why = workflow.getByRole('group', { name: 'Why Scene breakdown is blocked' });
  await expect(why).toBeHidden();
  await breakdown.focus();
  await expect(why).toBeVisible();
  await expect(why).toContainText('Describe the idea first');

  // Hover explains too (here on another blocked step, after focus has left the first).
  await breakdown.blur();
  await expect(why).toBeHidden();
  await workflow.getByRole('button', { name: 'Storyboard', exact: true }).hover();
  await expect(workflow.getByRole('group', { name: 'Why Storyboard is blocked' })).toBeVisible();

  // The remedy is a chat command: it waits in the message box, sent it asks for the logline, the answer sets it.
  await breakdown.focus();
  await why.getByRole('button', { name: 'Write a logline' }).click();
  await sendDraft(app, 'write a logline');
  await expect(lastReply(app)).toContainText('What is the logline?');
  await expect(chatPanel(app)).toHaveAttribute('aria-busy', 'false');
  await sendChat(app, 'A journalist uncovers a conspiracy in her hometown.');
  await expect(app.getByRole('banner')).toContainText('A journalist uncovers a conspiracy');
  await expect(breakdown).not.toHaveAccessibleDescription(/Describe the idea first/);
  await expect(breakdown).toHaveAttribute('aria-disabled', 'true');

  // What the step needs: two developed characters, a relationship between them, and a location.
  for (const text of [
    'Create a character named Sarah',
    'make Sarah the protagonist',
    "Sarah's description is a stubborn reporter",
    'Create a character named Tom',
    'make Tom the antagonist',
    "Tom's description is a smooth mayor hiding a secret",
    'create a relationship between Sarah and Tom',
    'Create a location called the Harbor Diner',
  ]) {
    await sendChat(app, text);
  }
  await expect(breakdown).not.toHaveAttribute('aria-disabled', 'true');
  await expect(breakdown).toHaveAccessibleDescription('available');

  await breakdown.click();
  await expect(breakdown).toHaveAttribute('aria-current', 'step');
  await expect(workflow.getByRole('button', { name: 'Concept', exact: true })).toHaveAccessibleDescription(
    /done/,
  );
});
