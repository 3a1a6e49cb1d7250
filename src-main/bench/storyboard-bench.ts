// Storyboard panel benchmark: a 1,000-shot project opened in Chromium (web mode) until its board is first painted.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { offlineBrain } from '../brains/offline/offline-brain';
import { importProject } from '../formats/archive/project-transfer';
import { writeArchive } from '../formats/archive/write-archive';
import { createServices } from '../services';
import { APP_VERSION } from '../shared/app-version';
import { resourcesDir } from '../shared/resources';
import { generatedFilm, scaleTo } from './bench-film';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const SHOTS = 1_000;
const TARGET_MS = 1_500;
const RUNS = 3;
const CHROMIUM = process.env.STORYLOOM_CHROMIUM ?? '/usr/bin/chromium';

/** The smallest slice of Playwright's browser API this bench uses (loaded only when the bench runs). */
interface BenchPage {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}
interface BenchBrowser {
  newPage(): Promise<BenchPage>;
  close(): Promise<void>;
}

/** Writes the 1,000-shot film as a project under `root`; returns its name as listed. */
async function seedProject(root: string): Promise<string> {
  const film = scaleTo(await generatedFilm(), SHOTS);
  const services = createServices({
    root,
    transport: 'cli',
    brain: offlineBrain,
    appDir: join(root, '.app'),
  });
  try {
    const archive = writeArchive({
      project: film,
      chat: new Map(),
      assets: new Map(),
      appVersion: APP_VERSION,
    });
    return (await importProject(services.projects, archive)).name;
  } finally {
    await services.shutdown();
  }
}

/** `storyloom serve` in a child process (the bench room may not import the host); resolves with its URL. */
async function serve(root: string): Promise<{ child: ChildProcess; url: string }> {
  const bin = resolve(resourcesDir(), '..', 'bin', 'storyloom.mjs');
  const child = spawn(process.execPath, [bin, 'serve', '--dir', root, '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, STORYLOOM_DATA_DIR: root, STORYLOOM_APP_DIR: join(root, '.app') },
  });
  const url = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      ok((JSON.parse(line) as { url: string }).url),
    );
    child.once('exit', (code) => fail(new Error(`storyloom serve exited with ${code}`)));
  });
  return { child, url };
}

/**
 * In the page (a string: this file compiles for Node, without the DOM's types): clicks the project's Open button
 * and resolves with the milliseconds from the click to the paint of the first frame holding a shot card: the
 * animation frame after the card is in the DOM, then a task (it runs once that frame is painted).
 */
const OPEN_AND_TIME_FIRST_PAINT = `(name) => new Promise((done) => {
  const row = document.querySelector('li.project-row[aria-label="' + CSS.escape(name) + '"]');
  const open = [...(row ? row.querySelectorAll('button') : [])].find((b) => b.textContent.trim() === 'Open');
  const painted = () => document.querySelector('.storyboard-panel .shot-card :is(svg, img)');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  open.click();
})`;

/** Opens the project RUNS times (back to the list in between); every sample is a whole open → board painted. */
async function measure(browser: BenchBrowser, url: string, name: string): Promise<number[]> {
  const page = await browser.newPage();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForSelector('li.project-row');
    samples.push(Number(await page.evaluate(`(${OPEN_AND_TIME_FIRST_PAINT})(${JSON.stringify(name)})`)));
  }
  return samples;
}

/** Why the bench cannot run here, or null when it can (built renderer and a Chromium binary). */
function missingTool(): string | null {
  if (!existsSync(join(dirname(resourcesDir()), 'out', 'renderer', 'index.html')))
    return 'the renderer is not built (run `npm run build`)';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set STORYLOOM_CHROMIUM)`;
  return null;
}

export const storyboardBench: BenchSuite = {
  name: 'storyboard',
  description: `the storyboard panel with ${SHOTS.toLocaleString('en')} shots, first painted in Chromium (web mode)`,
  async run(progress) {
    const missing = missingTool();
    if (missing) {
      progress(`skipped: ${missing}`);
      return [];
    }
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-board-'));
    let host: ChildProcess | undefined;
    let browser: BenchBrowser | undefined;
    try {
      progress('generating a film and scaling it to 1,000 shots');
      const name = await seedProject(root);
      const served = await serve(root);
      host = served.child;
      // A variable specifier keeps the CLI bundler from inlining Playwright: it is a dev tool, loaded only here.
      const playwright = 'playwright-core';
      const { chromium } = (await import(playwright)) as {
        chromium: { launch(o: object): Promise<BenchBrowser> };
      };
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      progress('opening the project in Chromium');
      const samples = await measure(browser, served.url, name);
      const first = round(samples[0]!, 0);
      const median = round(percentile(samples, 50), 0);
      const results: BenchResult[] = [
        {
          name: 'storyboard.first_paint_1000_shots_ms',
          value: median,
          unit: 'ms',
          target: `< ${TARGET_MS} ms`,
          pass: median < TARGET_MS,
        },
        { name: 'storyboard.first_paint_1000_shots_cold_ms', value: first, unit: 'ms' },
      ];
      return results;
    } finally {
      await browser?.close();
      host?.kill('SIGTERM');
      await rm(root, { recursive: true, force: true });
    }
  },
};
