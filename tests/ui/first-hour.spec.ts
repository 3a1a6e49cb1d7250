// First-hour fixes in the web UI: a blocked step names everything it needs, a suggestion never acts by itself, and
// the review gate's "Approve the scenes" is in plain sight, never under the run timeline.
import type { Locator, Page } from '@playwright/test';
import { AUTHORED_STORIES, authoringResponder } from '../fixtures/authoring-model';
import { startFakeOpenAiServer } from '../fakes/fake-openai-server';
import { expect, test } from './fixtures';
import { chatPanel, lastReply, newProject, sendChat } from './helpers';

/** Whether the element itself receives a click at its centre (nothing drawn over it), after scrolling it into view. */
async function clickableAtCentre(button: Locator): Promise<boolean> {
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  const viewport = button.page().viewportSize();
  if (!box || !viewport || box.width === 0 || box.height === 0) return false;
  const inView =
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const hitsItself = await button.evaluate((element, { x, y }) => {
    const hit = element.ownerDocument.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  }, centre);
  return inView && hitsItself;
}

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

/** Points the app at a (fake) OpenAI-compatible server through the Settings dialog, as a user would. */
async function useModel(app: Page, baseURL: string): Promise<void> {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('custom');
  await dialog.getByLabel('Base URL', { exact: true }).fill(baseURL);
  await dialog.getByLabel('Model', { exact: true }).fill('fake');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('"Approve the scenes" is visible and clickable, not hidden under the run timeline', async ({ app }) => {
  test.setTimeout(120_000);
  // The review gate stops model-authored runs only: a scripted model server writes every stage.
  const story = AUTHORED_STORIES[0]!;
  const respond = authoringResponder(story);
  const fake = await startFakeOpenAiServer({ respond: (body) => respond(body) });
  try {
    await useModel(app, fake.baseURL);
    await newProject(app, 'Gallery Robot', 'Short film');
    const chat = chatPanel(app);
    const box = chat.getByRole('textbox', { name: 'Chat message' });
    await box.fill(`Make a 2-minute short film: ${story.idea}`);
    await box.press('Enter');
    const timeline = chat.getByRole('region', { name: 'Run timeline' });
    const runStatus = timeline.getByRole('status', { name: 'Run status' });
    // The review gate (on by default) stops the run after the scene breakdown.
    await expect(runStatus).toContainText('Awaiting review', { timeout: 60_000 });
    const approve = timeline
      .getByRole('group', { name: 'Run choices' })
      .getByRole('button', { name: 'Approve the scenes' });
    await expect(approve).toBeVisible();
    expect(await clickableAtCentre(approve), 'the run timeline button is drawn over').toBe(true);
    // The same choice offered under a chat reply is not covered either.
    const offered = chat.getByRole('button', { name: 'Approve the scenes' });
    for (let i = 0; i < (await offered.count()); i++)
      expect(await clickableAtCentre(offered.nth(i)), `"Approve the scenes" #${i + 1} is drawn over`).toBe(
        true,
      );
    await approve.click();
    await expect(runStatus).toContainText('Done', { timeout: 60_000 });
  } finally {
    await fake.close();
  }
});
