// A simulated scene watched as it plays (web mode, Chromium): turns arrive one by one, the relationship edge moves
// before the scene ends, Pause stops new turns until Resume, and Stop ends it. The host paces each turn
// (STORYLOOM_SIMULATION_TURN_DELAY_MS) so a person, and this spec, can see it unfold; nothing waits on fixed sleeps.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chatIdle, chatPanel, lastReply } from './helpers';

/** The automation-only hook the graph installs (src-renderer/src/panels/graph/graph-test-hook.ts). */
interface GraphHook {
  edgeBetween(a: string, b: string): { id: string; color: string; x: number; y: number } | null;
  busy(): boolean;
}
const A = 'Mara Quinn';
const B = 'Tom Harlow';

// Wide enough for a loaded two-core machine to see (and act on) each turn.
test.use({ turnDelayMs: 700 });

/** The A–B edge colour and the scene's progress text, read in the same instant (undefined/null when absent). */
const snapshot = (page: Page) =>
  page.evaluate(
    ([a, b]) => {
      const graph = (globalThis as { __storyloomGraph?: GraphHook }).__storyloomGraph;
      const colour = graph && !graph.busy() ? graph.edgeBetween(a!, b!)?.color : undefined;
      const status = document.querySelector('[role="status"][aria-label="Scene progress"]');
      return { colour, progress: status?.textContent ?? null };
    },
    [A, B],
  );

/** The turn count a progress text names ("Scene playing: 3 turns", "Scene paused after 4 turns"). */
const turnsIn = (text: string | null): number => Number(/(\d+) turns?/.exec(text ?? '')?.[1] ?? NaN);

test('a playing scene moves its edge live; Pause holds new turns until Resume; Stop ends it', async ({ app }) => {
  test.slow();
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(async () => (await snapshot(app)).colour).toBeDefined();
  const before = (await snapshot(app)).colour;

  const chat = chatPanel(app);
  const box = chat.getByRole('textbox', { name: 'Chat message' });
  await box.fill(`Have ${A.split(' ')[0]} confront ${B.split(' ')[0]} about the automation of the light`);
  await box.press('Enter');
  await expect(box).toHaveValue('');

  // Turns arrive one at a time, and the edge takes each proposal while the scene is still playing.
  const progress = chat.getByRole('status', { name: 'Scene progress' });
  await expect(progress).toHaveText(/^Scene playing: [1-9]\d* turns?$/);
  await app.screenshot({ path: '/tmp/live12-mid.png' });
  await expect
    .poll(async () => {
      const now = await snapshot(app);
      console.log('DEBUG', Date.now() % 100000, before, JSON.stringify(now));
      return now.colour !== undefined && now.colour !== before && /^Scene playing/.test(now.progress ?? '');
    })
    .toBe(true);
  await expect(app.getByRole('region', { name: 'Relationship graph' })).toContainText(
    'proposed by a simulated scene',
  );

  // Pause: the scene stops after its current line and waits; the turn is over, so no line can come in.
  await chat.getByRole('button', { name: 'Pause scene' }).click();
  await expect(progress).toHaveText(/^Scene paused after \d+ turns?$/);
  await chatIdle(app);
  const paused = turnsIn(await progress.textContent());
  await expect(lastReply(app)).toContainText(`It pauses for you after ${paused} turns`);
  const heldColour = (await snapshot(app)).colour;
  expect(heldColour).not.toBe(before);
  // While paused, the playing controls are gone and the count holds (read again after the chat settled).
  await expect(chat.getByRole('button', { name: 'Pause scene' })).toHaveCount(0);
  await expect(progress).toHaveText(`Scene paused after ${paused} turns`);

  // Resume: turns arrive again, counted on from where it paused.
  await chat.getByRole('button', { name: 'Resume scene' }).click();
  await expect.poll(async () => turnsIn((await snapshot(app)).progress)).toBeGreaterThan(paused);
  await expect(progress).toHaveText(/^Scene playing/);

  // Stop: it ends after the line being spoken; its changes wait for keep or discard as one unit.
  await chat.getByRole('button', { name: 'Stop scene' }).click();
  await expect(lastReply(app)).toContainText('You stopped it.');
  await chatIdle(app);
  await expect(progress).toHaveCount(0);
  await expect(lastReply(app).getByRole('button', { name: 'Keep the scene' })).toBeVisible();
  await expect.poll(async () => (await snapshot(app)).colour).not.toBe(before);
});
