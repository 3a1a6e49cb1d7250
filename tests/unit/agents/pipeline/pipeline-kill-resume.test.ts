// Acceptance: a generate run SIGKILLed mid-way resumes from its checkpoints to the same film as an uninterrupted run.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../../../src-preload/contract/events';
import type { RunRecord } from '../../../../src-main/agents/pipeline/run-record';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { normalizeProject, pipelineServices, ROBOT_IDEA, runIdea } from '../../../fixtures/pipeline-harness';
import { bundledChild } from '../../../fixtures/child-script';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../../..');
const RUNNER = 'tests/fixtures/pipeline-runner.ts';
const KIND = 'feature-film';
const SEED = 42;

afterAll(removeTempDirs);

interface KilledRun {
  stagesSeen: string[];
  finished: boolean;
  killed: boolean;
  stderr: string;
}

/** Runs the pipeline in a child and SIGKILLs it `delayMs` after it reports its `killAfter`-th finished stage. */
function runAndKill(
  runner: string,
  root: string,
  projectId: string,
  killAfter: number,
  delayMs: number,
): Promise<KilledRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [runner, root, projectId, KIND, String(SEED)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: KilledRun = { stagesSeen: [], finished: false, killed: false, stderr: '' };
    let buffered = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const [kind, value] = buffered.slice(0, nl).split(' ');
        buffered = buffered.slice(nl + 1);
        if (kind === 'stage' && value) run.stagesSeen.push(value);
        if (kind === 'done') run.finished = true;
        if (!armed && run.stagesSeen.length >= killAfter) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      run.killed = signal === 'SIGKILL';
      done(run);
    });
  });
}

/** The one run record of a project folder. */
function onlyRun(projectDir: string): RunRecord {
  const names = readdirSync(join(projectDir, 'runs')).filter((n) => n.endsWith('.json'));
  expect(names).toHaveLength(1);
  return JSON.parse(readFileSync(join(projectDir, 'runs', names[0]!), 'utf8')) as RunRecord;
}

describe('pipeline kill & resume', () => {
  let reference: ReturnType<typeof normalizeProject>;
  let checkpoints = 0;

  beforeAll(async () => {
    const run = await runIdea(KIND, SEED);
    await run.services.shutdown();
    expect(run.outcome.status).toBe('done');
    reference = normalizeProject(run.file);
    checkpoints = run.outcome.stagesDone.length;
  });

  // Kill points spread over the run (random within each band): early stages and the scene breakdown, the first
  // storyboard branches, the late fan-out. Three child processes keep the real kill -9 boundary bounded in time.
  const bands: [number, number][] = [
    [1, 6],
    [7, 25],
    [26, 45],
  ];
  for (const [low, high] of bands) {
    it(`a kill after ${low}–${high} finished stages resumes to the uninterrupted film`, async () => {
      expect(checkpoints).toBeGreaterThan(high + 5);
      const killAfter = low + Math.floor(Math.random() * (high - low + 1));
      const delayMs = Math.floor(Math.random() * 15);
      const root = makeTempDir('storyloom-kill-');
      const setup = pipelineServices(undefined, root);
      const summary = await setup.projects.create('Untitled film', KIND, { seed: SEED });
      await setup.shutdown();

      const killed = await runAndKill(await bundledChild(RUNNER), root, summary.id, killAfter, delayMs);
      const context = `killed after stage ${killAfter} (+${delayMs} ms); saw ${killed.stagesSeen.length}`;
      expect(killed.stderr, context).not.toMatch(/failed|Error/);
      expect(killed.killed && !killed.finished, context).toBe(true);
      const before = onlyRun(summary.path);
      expect(before.status, context).toBe('running');
      // Checkpoints are written while the next stages start (a lost one only repeats an idempotent stage), so
      // the file may trail the events the child printed; it never holds the whole run.
      expect(Object.keys(before.stages).length, context).toBeLessThan(checkpoints);

      // The parent takes the stale lock over and resumes from the last checkpoint.
      const services = pipelineServices(undefined, root);
      const recent = await services.pipeline.recent(summary.id);
      expect(recent[0]).toMatchObject({ runId: before.runId, status: 'paused' });
      const { done } = await services.pipeline.resume(summary.id, before.runId);
      const outcome = await done;
      expect(outcome.status, context).toBe('done');
      const file = (await services.projects.open(summary.id)).file;
      await services.shutdown();
      expect(normalizeProject(file), context).toEqual(reference);
      expect(onlyRun(summary.path).status).toBe('done');
    });
  }

  // 0 = cancel right after start (before any stage); n = cancel as the n-th stage reports it finished.
  for (const cancelAt of [0, 4, 20]) {
    it(`cancelling ${cancelAt ? `after ${cancelAt} finished stages` : 'right after start'} keeps only whole stages; the project stays valid`, async () => {
      const services = pipelineServices();
      const summary = await services.projects.create('Untitled film', KIND, { seed: SEED });
      let finished = 0;
      let runId = '';
      const unsubscribe = services.events.subscribe((event, payload) => {
        const e = payload as AgentEvent;
        if (event === 'agent:event' && e.type === 'stage_finished' && ++finished === cancelAt)
          services.pipeline.cancel(e.runId);
      });
      const started = await services.pipeline.start(summary.id, paramsFromIdea(ROBOT_IDEA, KIND, SEED));
      runId = started.runId;
      if (cancelAt === 0) expect(services.pipeline.cancel(runId)).toBe(true);
      const outcome = await started.done;
      unsubscribe();
      expect(outcome.status).toBe('cancelled');
      const session = await services.projects.open(summary.id);
      const e = session.file.entities;
      const record = onlyRun(summary.path);
      expect(record.status).toBe('cancelled');
      const checkpointed = Object.keys(record.stages);
      expect(checkpointed.length).toBeGreaterThanOrEqual(cancelAt);
      expect(checkpointed.length).toBeLessThan(checkpoints);
      // Each stage either finished (checkpointed, and its entities exist) or left nothing behind.
      const did = (stage: string) => Boolean(record.stages[stage]);
      expect(Boolean(session.file.project.logline) && e.beats.length > 0).toBe(did('screenwriter'));
      expect(e.characters.length > 0).toBe(did('character_designer'));
      expect(e.locations.length > 0).toBe(did('location_scout'));
      expect(e.relationships.length > 0).toBe(did('relationship_writer'));
      expect(e.scenes.length > 0).toBe(did('scene_breakdown'));
      const boards = checkpointed.filter((s) => s.startsWith('storyboard:'));
      expect(new Set(e.shots.map((s) => s.sceneId)).size).toBe(boards.length);
      expect(e.castings.length > 0).toBe(did('casting'));
      for (const list of Object.values(e)) {
        for (const entity of list as { provenance: { stage?: string } }[]) {
          const stage = entity.provenance.stage;
          if (stage && stage !== 'storyboard_artist')
            expect(did(stage), `entity from unfinished stage ${stage}`).toBe(true);
        }
      }
      // The project still loads through the store (schema-valid) after closing and reopening…
      await services.projects.close(summary.id);
      const reopened = await services.projects.open(summary.id);
      expect(reopened.file.entities.scenes.length).toBe(e.scenes.length);
      // …and the cancelled run resumes to the same film as an uninterrupted run.
      const resumed = await services.pipeline.resume(summary.id, runId);
      expect((await resumed.done).status).toBe('done');
      expect(normalizeProject(reopened.file)).toEqual(reference);
      await services.shutdown();
    });
  }
});
