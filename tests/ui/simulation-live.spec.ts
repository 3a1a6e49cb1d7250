// A simulated scene watched as it plays (web mode, Chromium): turns arrive one by one, the relationship edge moves
// before the scene ends, Pause stops new turns until Resume, and Stop ends it. The host paces each turn
// (STORYLOOM_SIMULATION_TURN_DELAY_MS) so a person, and this spec, can see it unfold; nothing waits on fixed sleeps.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chatIdle, chatPanel, lastReply } from './helpers';

/** The automation-only hook the graph installs (src-renderer/src/panels/graph/graph-test-hook.ts). */
interface GraphHook {
  edgeBetween(a: string, b: string): { id: string; color: string; x: number; y: number } | null;
  busy(): boolean;
}
const A = 'Mara Quinn';
const B = 'Tom Harlow';

// Wide enough for a loaded two-core machine (whose page may stall for seconds) to see and act on each turn.
test.use({ turnDelayMs: 2_500 });
/** Waits on a heavily loaded machine: the scene plays in the host while the page catches up. */
const SLOW = { timeout: 30_000 };

/** The A–B edge colour and the scene's progress text, read in the same instant (undefined/null when absent). */
const snapshot = (page: Page) =>
  page.evaluate(
    ([a, b]) => {
      const graph = (globalThis as { __storyloomGraph?: GraphHook }).__storyloomGraph;
      const colour = graph && !graph.busy() ? graph.edgeBetween(a!, b!)?.color : undefined;
      const { document } = globalThis as unknown as {
        document: { querySelector(selector: string): { textContent: string | null } | null };
      };
      const status = document.querySelector('[role="status"][aria-label="Scene progress"]');
      return { colour, progress: status?.textContent ?? null };
    },
    [A, B],
  );

/** The A–B edge colour once the graph is settled enough to read it. */
async function settledColour(page: Page): Promise<string> {
  let colour: string | undefined;
  await expect.poll(async () => (colour = (await snapshot(page)).colour)).toBeDefined();
  return colour!;
}

/** The scene lines a reply shows ("**MARA QUINN**: …"). */
const linesOf = async (reply: Locator): Promise<number> =>
  ((await reply.textContent()) ?? '').match(/\*\*[A-Z][A-Z .'-]*\*\*:/g)?.length ?? 0;

/** The turn count a progress text names ("Scene playing: 3 turns", "Scene paused after 4 turns"). */
const turnsIn = (text: string | null): number => Number(/(\d+) turns?/.exec(text ?? '')?.[1] ?? NaN);

test('a playing scene moves its edge live; Pause holds new turns until Resume; Stop ends it', async ({
  app,
}) => {
  test.slow();
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  const before = await settledColour(app);

  const chat = chatPanel(app);
  const box = chat.getByRole('textbox', { name: 'Chat message' });
  await box.fill(`Have ${A.split(' ')[0]} confront ${B.split(' ')[0]} about the automation of the light`);
  await box.press('Enter');
  await expect(box).toHaveValue('');

  // Turns arrive one at a time, and the edge takes their proposals while the scene is still playing: one
  // snapshot of the page shows both the scene playing and the edge already moved.
  const progress = chat.getByRole('status', { name: 'Scene progress' });
  await expect(progress).toHaveText(/^Scene playing: [1-9]\d* turns?$/, SLOW);
  await expect
    .poll(async () => {
      const now = await snapshot(app);
      return now.colour !== undefined && now.colour !== before && /^Scene playing/.test(now.progress ?? '');
    }, SLOW)
    .toBe(true);
  await expect(app.getByRole('region', { name: 'Relationship graph' })).toContainText(
    'proposed by a simulated scene',
  );

  // Pause: the scene stops after its current line and waits; the turn is over, so no line can come in.
  await chat.getByRole('button', { name: 'Pause scene' }).click();
  await expect(progress).toHaveText(/^Scene paused after \d+ turns?$/, SLOW);
  await chatIdle(app);
  const paused = turnsIn(await progress.textContent());
  await expect(lastReply(app)).toContainText(`It pauses for you after ${paused} turn`);
  expect(await linesOf(lastReply(app))).toBe(paused);
  // The paused scene's proposals stay on the graph until it is kept or discarded.
  expect(await settledColour(app)).not.toBe(before);
  // While paused, the playing controls are gone and the count holds (read again after the chat settled).
  await expect(chat.getByRole('button', { name: 'Pause scene' })).toHaveCount(0);
  await expect(progress).toHaveText(new RegExp(`^Scene paused after ${paused} turns?$`));

  // Resume: turns arrive again, counted on from where it paused; Stop (pressed while it plays) ends it after
  // the line being spoken, and its changes wait for keep or discard as one unit.
  await chat.getByRole('button', { name: 'Resume scene' }).click();
  await expect.poll(async () => turnsIn((await snapshot(app)).progress), SLOW).toBeGreaterThan(paused);
  await chat.getByRole('button', { name: 'Stop scene' }).click();
  await expect(lastReply(app)).toContainText('You stopped it.', SLOW);
  // The reply shows the lines spoken since the resume (at least one).
  expect(await linesOf(lastReply(app))).toBeGreaterThan(0);
  await chatIdle(app);
  await expect(progress).toHaveCount(0);
  await expect(lastReply(app).getByRole('button', { name: 'Keep the scene' })).toBeVisible();
  expect(await settledColour(app)).not.toBe(before);
});
