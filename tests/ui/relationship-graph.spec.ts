// The relationship graph panel on the demo (web mode, Chromium): legend, edge history, story-time scrubbing, a
// simulated scene updating an edge live, and PNG/SVG export. Canvas edges are found through the automation-only
// hook (window.__storyloomGraph) at the moment of each action, and clicked where they are drawn.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chatPanel, lastReply, sendChat, sendDraft } from './helpers';

const demo = JSON.parse(readFileSync(`${process.cwd()}/resources/demo/project.json`, 'utf8')) as {
  project: { name: string };
};
/** The automation-only hook the graph installs (src-renderer/src/panels/graph/graph-test-hook.ts). */
interface GraphHook {
  edgeBetween(
    a: string,
    b: string,
  ): { id: string; color: string; x: number; y: number; clickable: boolean } | null;
  nodeAt(name: string): { id: string; x: number; y: number; clickable: boolean } | null;
  busy(): boolean;
}
const A = 'Mara Quinn';
const B = 'Tom Harlow';

/** The Mara–Tom edge as drawn now (null while a layout runs or before the graph exists). */
const edge = (page: Page) =>
  page.evaluate(
    ([a, b]) => {
      const graph = (globalThis as { __storyloomGraph?: GraphHook }).__storyloomGraph;
      return graph && !graph.busy() ? graph.edgeBetween(a!, b!) : null;
    },
    [A, B],
  );

/** A character's node as drawn now. */
const node = (page: Page, name: string) =>
  page.evaluate((n) => {
    const graph = (globalThis as { __storyloomGraph?: GraphHook }).__storyloomGraph;
    return graph && !graph.busy() ? graph.nodeAt(n) : null;
  }, name);

async function edgeColour(page: Page): Promise<string | undefined> {
  return (await edge(page))?.color;
}

test('the demo graph: legend, edge history, scrubbing back, a live simulated scene, PNG and SVG export', async ({
  app,
}, testInfo) => {
  // One long walk (a simulated scene, playback, two exports): more than the default minute on a loaded machine.
  test.slow();
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(app.getByRole('heading', { level: 1, name: demo.project.name })).toBeVisible();
  const graph = app.getByRole('region', { name: 'Relationship graph' });
  const canvas = graph.getByTestId('relationship-graph-canvas');

  // A legend for node colour (role), node size (importance), edge colour (strength) and width (trust).
  const legend = graph.getByRole('group', { name: 'Legend' });
  await expect(legend.getByRole('list', { name: 'Node colour: role' })).toContainText('protagonist');
  await expect(legend.getByRole('list', { name: 'Node size: importance' })).toBeVisible();
  await expect(legend.getByRole('list', { name: 'Edges' })).toContainText('colour = strength');
  await expect(legend.getByRole('list', { name: 'Edges' })).toContainText('width = trust');

  // Clicking the edge where it is drawn lists its history with reasons (located anew on each try).
  const history = graph.getByRole('region', { name: `History of ${A} — ${B}` });
  // (At 1280×720 the panel's foot clips a few pixels of the drawing: "in sight" is most of it.)
  await expect(canvas).toBeInViewport({ ratio: 0.9 });
  await expect(async () => {
    // Click only where the edge can be clicked (not the legend, not a layout in motion).
    const at = await edge(app);
    expect(at?.clickable).toBe(true);
    await app.mouse.click(at!.x, at!.y);
    await expect(history).toBeVisible({ timeout: 1_000 });
  }).toPass();
  const entries = history
    .getByRole('list', { name: 'Relationship history in story order' })
    .getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.last()).toContainText('scene 2');
  await expect(entries.last()).toContainText('betrayal');

  // Moving the scrubber back (keyboard, as a user would) shows the edge as it was: another colour.
  const now = await edgeColour(app);
  expect(now).toBeDefined();
  const scrubber = graph.getByRole('slider', { name: 'Story time' });
  await scrubber.focus();
  await app.keyboard.press('ArrowLeft');
  await expect(scrubber).toHaveAttribute('aria-valuetext', /story’s start/);
  await expect.poll(() => edgeColour(app)).not.toBe(now);
  await expect(entries.last()).toContainText('later in the story');
  await app.keyboard.press('End');
  await expect(scrubber).toHaveAttribute('aria-valuetext', /^Now/);
  await expect.poll(() => edgeColour(app)).toBe(now);

  // Play replays the story from its start, step by step, and stops at "now". Each step shows for 0.9 s, which a
  // busy machine's polling can miss, so the page itself records every position the scrubber passes through.
  await scrubber.evaluate((el) => {
    const trail: string[] = [];
    (globalThis as { __scrubTrail?: string[] }).__scrubTrail = trail;
    // The page's MutationObserver (this file is typed without the DOM library).
    const { MutationObserver: Observer } = globalThis as unknown as {
      MutationObserver: new (record: () => void) => { observe(target: unknown, options: object): void };
    };
    new Observer(() => trail.push(el.getAttribute('aria-valuetext') ?? '')).observe(el, {
      attributes: true,
      attributeFilter: ['aria-valuetext'],
    });
  });
  const play = graph.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(graph.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(scrubber).toHaveAttribute('aria-valuetext', /^Now/);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const trail = await app.evaluate(() => (globalThis as { __scrubTrail?: string[] }).__scrubTrail ?? []);
  expect(trail[0]).toBe('Before any interaction');
  expect(trail.findIndex((t) => /story’s start/.test(t))).toBeGreaterThan(0);
  expect(trail.at(-1)).toMatch(/^Now/);
  await expect.poll(() => edgeColour(app)).toBe(now);

  // Clicking a node opens the character's card beside the graph: the drawing stays in sight (the card's focus
  // once scrolled the workspace and carried the canvas out of view), so the edge is clicked again without scrolling.
  const card = app.getByRole('dialog', { name: B });
  await expect(async () => {
    const at = await node(app, B);
    expect(at?.clickable).toBe(true);
    await app.mouse.click(at!.x, at!.y);
    await expect(card).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  await expect(canvas).toBeInViewport({ ratio: 0.9 });
  // Back to the edge's history for the simulated scene.
  await expect(async () => {
    const at = await edge(app);
    expect(at?.clickable).toBe(true);
    await app.mouse.click(at!.x, at!.y);
    await expect(history).toBeVisible({ timeout: 1_000 });
  }).toPass();

  // A simulated scene changes the edge while the page stays open: first as a proposal, then kept.
  await sendChat(
    app,
    `Have ${A.split(' ')[0]} confront ${B.split(' ')[0]} about the automation of the light`,
  );
  await expect(lastReply(app)).toContainText('Keep the scene');
  await expect.poll(() => edgeColour(app)).not.toBe(now);
  const proposed = await edgeColour(app);
  await expect(legend).toContainText('proposed by a simulated scene');
  await chatPanel(app).getByRole('button', { name: 'Keep the scene' }).click();
  await sendDraft(app, 'keep the scene');
  await expect(lastReply(app)).toContainText('Kept the scene');
  await expect(entries.last()).toContainText('simulation');
  await expect.poll(() => edgeColour(app)).toBe(proposed);
  await expect(graph.getByRole('region', { name: 'Observatory' })).toContainText(B);

  // Export: a PNG (signature checked) and an SVG.
  const [png] = await Promise.all([
    app.waitForEvent('download'),
    graph.getByRole('group', { name: 'Export the graph' }).getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/relationships\.png$/);
  const pngPath = testInfo.outputPath(png.suggestedFilename());
  await png.saveAs(pngPath);
  expect([...readFileSync(pngPath).subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const [svg] = await Promise.all([
    app.waitForEvent('download'),
    graph.getByRole('group', { name: 'Export the graph' }).getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svgPath = testInfo.outputPath(svg.suggestedFilename());
  await svg.saveAs(svgPath);
  expect(readFileSync(svgPath, 'utf8')).toMatch(/<svg[\s>]/);
});
