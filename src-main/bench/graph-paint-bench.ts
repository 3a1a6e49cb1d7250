// Bench of the relationship graph in Chromium: 300 characters and 1,500 relationships laid out and first painted,
// and one story-time step (every edge's values changed) repainted, with the renderer's own graph code. Reference:
// cytoscape alone painting the same elements at their final positions.
import type * as Esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import type * as PlaywrightCore from 'playwright-core';
import { join, resolve } from 'node:path';
import { resourcesDir } from '../shared/resources';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const NODES = 300;
const EDGES = 1_500;
const RUNS = 3;
const PAINT_TARGET_MS = 2_000;

/**
 * The page's script: a seeded cast and web of relationships, then the panel's element mapping and graph engine.
 * Time runs from building the elements to the second animation frame after the layout (the first paint is done).
 */
const ENTRY = `
import { graphElements, NO_FILTER } from './graph-elements';
import { createGraph } from './graph-engine';
import cytoscape from 'cytoscape';
import { GRAPH_STYLE } from './graph-style';
import { characterImportance } from '../../lib/character-importance';
import { buildTimeline, relationshipsAt } from '../../lib/relationship-timeline';

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ROLES = ['protagonist', 'antagonist', 'supporting', 'minor', undefined];
const KINDS = ['family', 'romantic', 'friendship', 'rivalry', 'professional', 'mentor', 'enemy', 'other'];
const id = (p, i) => p + String(i).padStart(6, '0');
const characters = Array.from({ length: ${NODES} }, (_, i) => ({
  id: id('c', i), name: 'Character ' + i, role: ROLES[i < 3 ? i : 2 + (i % 3)], aliases: [], goals: [], traits: [],
  wardrobe: [], mentions: Math.floor(random() * 200),
}));
const pairs = new Set();
const relationships = [];
while (relationships.length < ${EDGES}) {
  const a = Math.floor(random() * ${NODES}), b = Math.floor(random() * ${NODES});
  if (a === b || pairs.has(a + ':' + b) || pairs.has(b + ':' + a)) continue;
  pairs.add(a + ':' + b);
  const strength = Math.round((random() * 2 - 1) * 100) / 100, trust = Math.round(random() * 100) / 100;
  relationships.push({
    id: id('r', relationships.length), sourceId: id('c', a), targetId: id('c', b), kind: KINDS[a % 8],
    directed: false, strength, trust, interactionCount: 1, history: [{ at: '2026-01-01T00:00:00.000Z',
      storyOrder: 1 + (relationships.length % 40), cause: 'import', dStrength: strength / 2, dTrust: trust / 2,
      reason: 'bench' }],
  });
}
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const elementsAt = (timeline, position) => graphElements({
  characters, relationships, values: relationshipsAt(relationships, timeline, position),
  importance: characterImportance(characters, relationships), filter: NO_FILTER,
});
window.__bench = async () => {
  const start = performance.now();
  const timeline = buildTimeline(relationships);
  const graph = createGraph(document.getElementById('g'), { onNode() {}, onEdge() {} });
  const laidOut = new Promise((r) => graph.cy.one('layoutstop', r));
  graph.sync(elementsAt(timeline, timeline.length));
  await laidOut;
  await frames();
  const paint = performance.now() - start;
  const stepStart = performance.now();
  graph.sync(elementsAt(timeline, Math.floor(timeline.length / 2)));
  await frames();
  const step = performance.now() - stepStart;
  const counts = { nodes: graph.cy.nodes().length, edges: graph.cy.edges().length };
  const placed = graph.cy.elements().jsons();
  graph.destroy();
  // The reference: cytoscape alone drawing the same elements at known positions (no layout, no diffing).
  const refStart = performance.now();
  const plain = cytoscape({ container: document.getElementById('g'), style: GRAPH_STYLE, elements: placed, layout: { name: 'preset' } });
  plain.fit();
  await frames();
  const reference = performance.now() - refStart;
  plain.destroy();
  return { paint, step, reference, ...counts };
};
`;

type Loaded<T> = T | null;
/** Dev tools loaded at run time (never bundled into the CLI); null where they are not installed. */
async function optional<T>(name: string): Promise<Loaded<T>> {
  try {
    return (await import(name)) as T;
  } catch {
    return null;
  }
}

/** The bench page's script, bundled from the renderer's graph sources (null outside a source checkout). */
async function bundlePage(): Promise<string | null> {
  const graphDir = resolve(resourcesDir(), '..', 'src-renderer', 'src', 'panels', 'graph');
  const esbuild = await optional<typeof Esbuild>('esbuild');
  if (!esbuild || !existsSync(join(graphDir, 'graph-engine.ts'))) return null;
  const out = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: graphDir, loader: 'ts', sourcefile: 'graph-bench-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

interface PageFigures {
  paint: number;
  step: number;
  reference: number;
  nodes: number;
  edges: number;
}

async function measure(script: string, executablePath: string): Promise<PageFigures[] | null> {
  const pw = await optional<typeof PlaywrightCore>('playwright-core');
  if (!pw) return null;
  const browser = await pw.chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const runs: PageFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.setContent(
        `<!doctype html><body style="margin:0"><div id="g" style="width:1280px;height:800px"></div></body>`,
      );
      await page.addScriptTag({ content: script });
      runs.push(
        await page.evaluate(() => (globalThis as unknown as { __bench(): Promise<PageFigures> }).__bench()),
      );
      await page.close();
    }
    return runs;
  } finally {
    await browser.close();
  }
}

export const graphPaintBench: BenchSuite = {
  name: 'graph',
  description: `relationship graph in Chromium: ${NODES} characters, ${EDGES} relationships`,
  async run(progress) {
    const chromium = process.env.STORYLOOM_CHROMIUM ?? '/usr/bin/chromium';
    const script = existsSync(chromium) ? await bundlePage() : null;
    const runs = script ? await measure(script, chromium) : null;
    if (!runs || runs.some((r) => r.nodes !== NODES || r.edges !== EDGES)) {
      progress(
        'skipped: needs Chromium (STORYLOOM_CHROMIUM), esbuild and playwright-core from a source checkout',
      );
      return [];
    }
    const paint = round(
      percentile(
        runs.map((r) => r.paint),
        50,
      ),
      1,
    );
    const step = round(
      percentile(
        runs.map((r) => r.step),
        50,
      ),
      1,
    );
    const reference = round(
      percentile(
        runs.map((r) => r.reference),
        50,
      ),
      1,
    );
    progress(`first paint ${paint} ms, one story step ${step} ms (median of ${RUNS})`);
    const results: BenchResult[] = [
      {
        name: 'graph.paint-300x1500',
        value: paint,
        unit: 'ms',
        target: `< ${PAINT_TARGET_MS} ms`,
        pass: paint < PAINT_TARGET_MS,
        reference,
        ratio: round(paint / reference, 2),
      },
      { name: 'graph.story-step-300x1500', value: step, unit: 'ms' },
    ];
    return results;
  },
};
