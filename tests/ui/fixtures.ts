// Playwright fixtures: a web host (`storyloom serve`) on fresh temporary projects and app-data dirs for every test.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface WebHostHandle {
  url: string;
  /** The projects root (STORYLOOM_DATA_DIR / --dir). */
  dataDir: string;
  /** The app data dir (settings, API keys): never the user's ~/.storyloom. */
  appDir: string;
  /** Stops the host process and starts a new one on the same data dir (a restart of the app). */
  restart(): Promise<string>;
}

/** How the host paces long work, so a spec can act while it is still going (0 = no pacing). */
interface Pacing {
  stageDelayMs: number;
  turnDelayMs: number;
}

async function startHost(
  dataDir: string,
  appDir: string,
  pacing: Pacing,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['bin/storyloom.mjs', 'serve', '--dir', dataDir, '--port', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        STORYLOOM_DATA_DIR: dataDir,
        STORYLOOM_APP_DIR: appDir,
        STORYLOOM_PIPELINE_STAGE_DELAY_MS: String(pacing.stageDelayMs),
        STORYLOOM_SIMULATION_TURN_DELAY_MS: String(pacing.turnDelayMs),
      },
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{
  host: WebHostHandle;
  app: Page;
  stageDelayMs: number;
  turnDelayMs: number;
}>({
  /**
   * How long the host holds every pipeline stage (STORYLOOM_PIPELINE_STAGE_DELAY_MS). A spec that must act while
   * a run is still going sets a window wide enough for a loaded machine (`test.use({ stageDelayMs })`).
   */
  stageDelayMs: [250, { option: true }],
  /**
   * How long the host waits after each turn of a simulated scene (STORYLOOM_SIMULATION_TURN_DELAY_MS): none unless
   * a spec watches a scene unfold (`test.use({ turnDelayMs })`).
   */
  turnDelayMs: [0, { option: true }],
  host: async ({ stageDelayMs, turnDelayMs }, use) => {
    const tempRoot = mkdtempSync(join(tmpdir(), 'storyloom-ui-'));
    const dataDir = join(tempRoot, 'projects');
    const appDir = join(tempRoot, 'app');
    mkdirSync(dataDir);
    mkdirSync(appDir);
    let current = await startHost(dataDir, appDir, { stageDelayMs, turnDelayMs });
    const handle: WebHostHandle = {
      url: current.url,
      dataDir,
      appDir,
      async restart() {
        await stopHost(current.child);
        current = await startHost(dataDir, appDir, { stageDelayMs, turnDelayMs });
        handle.url = current.url;
        return current.url;
      },
    };
    await use(handle);
    await stopHost(current.child);
    rmSync(tempRoot, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(host.url);
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
