// Acceptance: with a model brain the pipeline stops for the scene review and for the budget, and resumes from there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../../src-preload/contract/project';
import type { RunRecord } from '../../../../src-main/agents/pipeline/run-record';
import type { ModelPricing } from '../../../../src-main/brains/brain-settings';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import { createServices, type Services } from '../../../../src-main/services';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { normalizeProject, pipelineServices, ROBOT_IDEA, runIdea } from '../../../fixtures/pipeline-harness';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

const KIND = 'short-film';
const SEED = 8;

let fake: FakeOpenAiServer;
let services: Services | undefined;

beforeAll(async () => {
  // A model whose answers are never a stage's structure: every stage falls back to its offline draft (with a
  // notice), so results stay comparable with an offline run.
  fake = await startFakeOpenAiServer({ defaultReply: reply.json({}) });
});
afterEach(async () => {
  await services?.shutdown();
  services = undefined;
});
afterAll(async () => {
  await fake.close();
  removeTempDirs();
});

/** A project driven by the fake model, with the given project settings. */
async function modelProject(
  settings: ProjectFile['project']['settings'],
  pricing: ModelPricing | null = null,
  appSettings = false,
) {
  const brain = createOpenAiBrain({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 5_000,
    maxRetries: 0,
    pricing,
  });
  // App settings live outside the projects root (the harness's default keeps them unreachable).
  services = appSettings
    ? createServices({ root: makeTempDir(), appDir: makeTempDir(), transport: 'cli', brain })
    : pipelineServices(brain);
  const summary = await services.projects.create('Untitled film', KIND, { seed: SEED });
  const session = await services.projects.open(summary.id);
  await session.updateMeta({ settings }, 'Pipeline settings');
  return { services, session, projectId: summary.id };
}

const record = (dir: string, runId: string) =>
  JSON.parse(readFileSync(join(dir, 'runs', `${runId}.json`), 'utf8')) as RunRecord;
const params = paramsFromIdea(ROBOT_IDEA, KIND, SEED);

describe('review gate and budget (model brain)', () => {
  it('with the review gate on, the run awaits review before the storyboard; approving finishes it', async () => {
    const { services: s, session, projectId } = await modelProject({ reviewGate: true });
    const asked = fake.chatRequests().length;
    const { runId, done } = await s.pipeline.start(projectId, params);
    const paused = await done;
    expect(paused.status).toBe('awaiting_review');
    expect(paused.reason).toMatch(/review/i);
    expect(paused.remedies).toContainEqual({ label: 'Approve the scenes', command: 'approve the scenes' });
    // The model was consulted by the stages before the gate.
    expect(fake.chatRequests().length).toBeGreaterThan(asked);
    const e = session.file.entities;
    expect(e.scenes.length).toBeGreaterThan(0);
    expect(e.shots).toEqual([]);
    expect(session.file.project.workflow.current).toBe('scene_breakdown');
    const waiting = record(session.dir, runId);
    expect(waiting.status).toBe('awaiting_review');
    expect(Object.keys(waiting.stages).some((k) => k.startsWith('storyboard'))).toBe(false);
    expect((await s.pipeline.unfinished(projectId)).map((r) => r.runId)).toEqual([runId]);

    // Resuming without approval stops at the gate again; approving draws the storyboard.
    expect((await (await s.pipeline.resume(projectId, runId)).done).status).toBe('awaiting_review');
    const finished = await (await s.pipeline.resume(projectId, runId, { approve: true })).done;
    expect(finished.status).toBe('done');
    expect(session.file.entities.shots.length).toBeGreaterThanOrEqual(3 * e.scenes.length);
    expect(['shot_list', 'casting', 'package']).toContain(session.file.project.workflow.current);
    expect(record(session.dir, runId).stages.review_gate).toBeDefined();

    // A model that answers `{}` authors nothing: every stage falls back, and the film is the offline one for this seed.
    const offline = await runIdea(KIND, SEED);
    await offline.services.shutdown();
    expect(normalizeProject(session.file)).toEqual(normalizeProject(offline.file));
  });

  it('with the review gate off, the same run goes straight through', async () => {
    const { services: s, session, projectId } = await modelProject({ reviewGate: false });
    const outcome = await (await s.pipeline.start(projectId, params)).done;
    expect(outcome.status).toBe('done');
    expect(session.file.entities.shots.length).toBeGreaterThan(0);
  });

  it('a budget smaller than one call pauses the run with the budget as reason; continuing finishes it', async () => {
    // $1 per token: any call costs more than the $0.01 budget.
    const {
      services: s,
      session,
      projectId,
    } = await modelProject(
      { reviewGate: false, budgetUsd: 0.01 },
      { inputPerMTok: 1_000_000, outputPerMTok: 1_000_000 },
    );
    const asked = fake.chatRequests().length;
    const { runId, done } = await s.pipeline.start(projectId, params);
    const paused = await done;
    expect(paused.status).toBe('paused');
    expect(paused.reason).toMatch(/budget of \$0\.01/);
    expect(paused.remedies).toContainEqual({ label: 'Continue anyway', command: 'resume the run' });
    // The first call's estimate alone passes the cap: it is refused before it goes out, nothing is spent.
    expect(fake.chatRequests().length - asked).toBe(0);
    const stopped = record(session.dir, runId);
    expect(stopped).toMatchObject({ status: 'paused' });
    expect(stopped.costUsd).toBeLessThanOrEqual(0.01);
    expect(Object.keys(stopped.stages)).toEqual([]);
    expect(session.file.entities.characters).toEqual([]);

    // "Continue anyway": the resumed run no longer stops for the budget and completes.
    const finished = await (await s.pipeline.resume(projectId, runId)).done;
    expect(finished.status).toBe('done');
    expect(session.file.entities.shots.length).toBeGreaterThan(0);
    expect(record(session.dir, runId).costUsd).toBeGreaterThan(stopped.costUsd);
  });

  // Issue 9: parallel storyboard branches overshot a $0.001 cap (paused at $0.00225).
  it('parallel branches never spend past a small cap: every call reserves its estimate first', async () => {
    const cap = 0.001;
    const {
      services: s,
      session,
      projectId,
    } = await modelProject({ reviewGate: false, budgetUsd: cap }, { inputPerMTok: 0.1, outputPerMTok: 0.1 });
    const { runId, done, estimate, capUsd } = await s.pipeline.start(projectId, params);
    // The estimate shown before the run: one call per stage and per storyboarded scene, well over this cap.
    expect(capUsd).toBe(cap);
    expect(estimate?.calls).toBeGreaterThan(7);
    expect(estimate?.costUsd).toBeGreaterThan(cap);
    const paused = await done;
    expect(paused.status).toBe('paused');
    // Amounts keep enough digits to be told apart ("$0.001", never "$0.00 (spent $0.00)").
    expect(paused.reason).toMatch(/budget of \$0\.001 \(spent \$0\.000\d+/);
    const stopped = record(session.dir, runId);
    expect(stopped.costUsd).toBeGreaterThan(0);
    expect(stopped.costUsd).toBeLessThanOrEqual(cap);
  });

  it('the app-wide budget in Settings is enforced when the project sets none', async () => {
    const {
      services: s,
      session,
      projectId,
    } = await modelProject(
      { reviewGate: false },
      { inputPerMTok: 1_000_000, outputPerMTok: 1_000_000 },
      true,
    );
    await (await s.settings()).update({ budgetUsd: 0.02 });
    const asked = fake.chatRequests().length;
    const paused = await (await s.pipeline.start(projectId, params)).done;
    expect(paused.status).toBe('paused');
    expect(paused.reason).toMatch(/budget of \$0\.02/);
    expect(fake.chatRequests().length - asked).toBe(0);
    expect(session.file.entities.characters).toEqual([]);
  });
});
