// The chat against the real agents: entity chips that open cards, a pronoun modify, choices, history search, sessions.
import { expect, test } from './fixtures';
import { chatPanel, lastReply, newProject, sendChat, sendDraft } from './helpers';

test('creating and modifying a character through the chat', async ({ app }) => {
  await newProject(app, 'Deadline');
  await sendChat(app, 'Create a character named Sarah, 28, journalist');
  const reply = lastReply(app);
  await expect(reply).toContainText('Created character Sarah');
  const chip = reply.getByRole('button', { name: 'Sarah', exact: true });
  await expect(chip).toBeVisible();

  await chip.click();
  const card = app.getByRole('dialog', { name: 'Sarah' });
  await expect(card).toBeVisible();
  await expect(card.getByLabel('Age')).toHaveValue('28');
  await expect(card.getByLabel('Occupation')).toHaveValue('journalist');

  await sendChat(app, 'make her 32');
  await expect(lastReply(app)).toContainText('Updated Sarah');
  await expect(card.getByLabel('Age')).toHaveValue('32');
  await expect(
    app.getByRole('list', { name: 'Characters' }).getByRole('button', { name: /Sarah/ }),
  ).toContainText('32');
});

test('choices send their command, and the history search finds earlier messages', async ({ app }) => {
  await newProject(app, 'Signal');
  await sendChat(app, 'Create a character named Omar, 50, lighthouse keeper');
  const choices = lastReply(app).getByRole('group', { name: 'Suggested next steps' });
  await choices.getByRole('button', { name: 'Write a logline' }).click();
  await sendDraft(app, 'write a logline');
  await expect(lastReply(app)).toContainText('What is the logline?');
  await expect(chatPanel(app)).toHaveAttribute('aria-busy', 'false');

  await chatPanel(app).getByRole('searchbox', { name: 'Search chat history' }).fill('lighthouse');
  await chatPanel(app).getByRole('searchbox', { name: 'Search chat history' }).press('Enter');
  const results = chatPanel(app).getByRole('region', { name: 'Search results' });
  // The user's message and the reply that repeats the occupation.
  await expect(results.getByRole('status')).toHaveText('2 results for “lighthouse”');
  await results.getByRole('button', { name: /^You .*lighthouse keeper/ }).click();
  await expect(lastReply(app)).toContainText('What is the logline?');

  await chatPanel(app).getByRole('button', { name: 'Conversations' }).click();
  await chatPanel(app).getByRole('button', { name: 'New conversation' }).click();
  await expect(chatPanel(app).getByRole('article')).toHaveCount(0);
  await chatPanel(app).getByRole('button', { name: 'Conversations' }).click();
  await expect(
    chatPanel(app).getByRole('list', { name: 'Earlier conversations' }).getByRole('button'),
  ).toHaveCount(1);
});
