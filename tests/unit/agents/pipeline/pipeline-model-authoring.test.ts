// Acceptance (issue 10, part 3): with a model, the model authors every stage from the idea, the brief and the facts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../../../src-preload/contract/events';
import { IdeaBriefSchema } from '../../../../src-preload/contract/idea-brief';
import { PROMPT_FILES } from '../../../../src-main/agents/pipeline/authoring/prompt-file';
import type { RunRecord } from '../../../../src-main/agents/pipeline/run-record';
import { generateRelationships, generateScenes } from '../../../../src-main/brains/offline/generate';
import type {
  CharacterDraft,
  LocationDraft,
  RelationshipDraft,
  StoryDraft,
} from '../../../../src-main/brains/offline/generate/types';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { paramsFromIdea } from '../../../../src-main/brains/offline/generate/generate-params';
import type { Services } from '../../../../src-main/services';
import type { ProjectSession } from '../../../../src-main/store/project-session';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type FakeReply,
  type FakeRequestBody,
} from '../../../fakes/fake-openai-server';
import {
  AUTHORED_STORIES,
  authoringResponder,
  lastUserMessage,
  roleOf,
  type AuthoredStory,
} from '../../../fixtures/authoring-model';
import { pipelineServices } from '../../../fixtures/pipeline-harness';
import { createHandlerTable } from '../../../../src-main/ipc/handlers';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROLES = [
  'screenwriter',
  'character designer',
  'location scout',
  'relationship writer',
  'scene breakdown writer',
  'storyboard artist',
  'shot planner',
  'casting director',
];
const ROSA = AUTHORED_STORIES[0]!;
const repeat = <T>(items: readonly T[], times: number): T[] =>
  Array.from({ length: times }, () => items).flat();

let fake: FakeOpenAiServer;
let responder: ((body: FakeRequestBody) => FakeReply | undefined) | undefined;
let services: Services | undefined;

beforeAll(async () => {
  fake = await startFakeOpenAiServer({ respond: (body) => responder?.(body) });
});
afterEach(async () => {
  await services?.shutdown();
  services = undefined;
});
afterAll(async () => {
  await fake.close();
  removeTempDirs();
});

/** Runs the whole pipeline on `story.idea` against the scripted model (review gate off), collecting events. */
async function runAuthored(
  story: AuthoredStory,
  override: Record<string, FakeReply> = {},
  brief?: unknown,
  setup?: (session: ProjectSession) => Promise<void>,
) {
  responder = authoringResponder(story, override);
  const brain = createOpenAiBrain({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 5_000,
    maxRetries: 0,
    pricing: null,
  });
  services = pipelineServices(brain);
  const summary = await services.projects.create('Untitled film', 'short-film', { seed: 5 });
  const session = await services.projects.open(summary.id);
  await session.updateMeta(
    { settings: { reviewGate: false }, ...(brief ? { brief: IdeaBriefSchema.parse(brief) } : {}) },
    'test setup',
  );
  await setup?.(session);
  const events: AgentEvent[] = [];
  services.events.subscribe((event, payload) => {
    if (event === 'agent:event') events.push(payload as AgentEvent);
  });
  const first = fake.chatRequests().length;
  const { runId, done } = await services.pipeline.start(
    summary.id,
    paramsFromIdea(story.idea, 'short-film', 5),
  );
  const outcome = await done;
  const record = JSON.parse(readFileSync(join(session.dir, 'runs', `${runId}.json`), 'utf8')) as RunRecord;
  const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));
  return {
    outcome,
    file: session.file,
    events,
    warnings,
    record,
    requests: fake.chatRequests().slice(first),
  };
}

describe('the model authors the package (fake model server)', () => {
  it("every stage's request carries the idea and the brief; long stages stream tokens to the run", async () => {
    const brief = {
      idea: ROSA.idea,
      people: [
        { name: 'Rosa', role: 'protagonist', occupation: 'retired safecracker' },
        { name: 'Inês', occupation: 'detective' },
      ],
      relations: [{ a: 'Rosa', b: 'Inês', kind: 'family', words: 'her estranged daughter' }],
      places: [{ name: 'Lisbon' }],
    };
    const run = await runAuthored(ROSA, {}, brief);
    expect(run.outcome.status).toBe('done');
    const stored = JSON.stringify(run.file.project.brief);
    expect(stored).toContain('retired safecracker');
    const seen = new Set<string>();
    for (const request of run.requests) {
      const role = roleOf(request.body);
      expect(role, 'every model call is a stage call').toBeDefined();
      seen.add(role!);
      const user = lastUserMessage(request.body);
      expect(user).toContain(ROSA.idea);
      expect(user).toContain(stored);
      expect(user).toContain('Project facts so far');
    }
    expect([...seen].sort()).toEqual([...ROLES].sort());
    // Later stages see the facts written before them (the cast and places, by name).
    const scenesAsk = run.requests.find((r) => roleOf(r.body) === 'scene breakdown writer')!;
    expect(lastUserMessage(scenesAsk.body)).toContain('"name":"Inês Vieira"');
    expect(lastUserMessage(scenesAsk.body)).toContain('"name":"Banco Tejo Vault"');
    expect(run.events.filter((e) => e.type === 'tokens').length).toBeGreaterThan(10);
    // The run's record names the version of every prompt it used.
    expect(Object.keys(run.record.prompts ?? {}).sort()).toEqual([...PROMPT_FILES].sort());
    expect(run.warnings).toEqual([]);
  });

  it("a valid cast, places, scenes and dialogue yield a package with the model's names, headings and lines", async () => {
    const run = await runAuthored(ROSA);
    expect(run.outcome.status).toBe('done');
    const e = run.file.entities;
    expect(run.file.project.title).toBe(ROSA.title);
    expect(e.characters.map((c) => [c.name, c.role, c.occupation])).toEqual(
      ROSA.people.map((p) => [p.name, p.role, p.occupation]),
    );
    expect(e.locations.map((l) => l.name)).toEqual(ROSA.places.map((p) => p.name));
    const rosa = e.characters.find((c) => c.name === 'Rosa Vieira')!;
    const ines = e.characters.find((c) => c.name === 'Inês Vieira')!;
    expect(e.relationships).toContainEqual(
      expect.objectContaining({
        sourceId: rosa.id,
        targetId: ines.id,
        kind: 'family',
        label: 'estranged daughter',
      }),
    );
    // The short film's 20 or so scenes are written in parts of a few beats (in parallel): the scripted model
    // answers each part with its three scenes.
    const partAsks = run.requests.filter((r) => roleOf(r.body) === 'scene breakdown writer');
    expect(
      partAsks.map((r) => /beats (\d+) to (\d+)/.exec(lastUserMessage(r.body))?.slice(1)).sort(),
    ).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ]);
    const parts = partAsks.length;
    const scenes = [...e.scenes].sort((a, b) => a.number - b.number);
    expect(scenes.map((s) => s.heading)).toEqual(
      repeat(
        ROSA.scenes.map((s) => s.heading),
        parts,
      ),
    );
    expect(scenes.map((s) => s.number)).toEqual(scenes.map((_, i) => i + 1));
    const vault = e.locations.find((l) => l.name === 'Banco Tejo Vault')!;
    expect(scenes[2]!.locationId).toBe(vault.id);
    expect(scenes[0]!.characterIds).toEqual([rosa.id, ines.id]);
    const lines = scenes.flatMap((s) => s.elements.filter((x) => x.type === 'dialogue'));
    expect(lines.map((l) => [l.characterName, l.text])).toEqual(
      repeat(ROSA.scenes, parts).flatMap((s) =>
        s.lines.map(([who, text]) => [
          e.characters.find((c) => c.name.startsWith(who))!.name.toUpperCase(),
          text,
        ]),
      ),
    );
    // Scenes fill the running time; every scene has shots planned by the model.
    const total = scenes.reduce((sum, s) => sum + (s.durationSec ?? 0), 0);
    expect(total).toBe(run.file.project.targetDurationSec);
    for (const s of scenes) {
      const shots = e.shots.filter((x) => x.sceneId === s.id);
      expect(shots).toHaveLength(3);
      expect(shots.every((x) => x.continuity?.startsWith('Planned by the model'))).toBe(true);
      const seconds = shots.reduce((sum, x) => sum + (x.durationSec ?? 0), 0);
      expect(seconds).toBeCloseTo(s.durationSec ?? 0, 5);
    }
    const talent = new Map(e.talents.map((t) => [t.id, t.name]));
    expect(e.castings.map((c) => talent.get(c.talentId))).toEqual(ROSA.casting.map(([, t]) => t));
    expect(run.warnings).toEqual([]);
  });

  it('garbage for the relationships gives the offline relationships only there, with a notice', async () => {
    const run = await runAuthored(ROSA, { 'relationship writer': reply.prose() });
    expect(run.outcome.status).toBe('done');
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^Used the offline engine for the relationship list/);
    // Issue 9: the notice survives a reload — the run record keeps it and `agent:runs` lists it again.
    expect(run.record.notices).toEqual(run.warnings);
    const listed = await createHandlerTable(services!)['agent:runs'](
      { projectId: run.record.projectId },
      { transport: 'web' },
    );
    expect(listed.find((r) => r.runId === run.record.runId)?.notices).toEqual(run.warnings);
    const out = (stage: string) => run.record.stages[stage]!.output;
    const story = out('screenwriter') as StoryDraft;
    const cast = out('character_designer') as CharacterDraft[];
    expect(out('relationship_writer')).toEqual(generateRelationships(story, cast));
    expect(
      (out('relationship_writer') as RelationshipDraft[]).some((r) => r.label === 'estranged daughter'),
    ).toBe(false);
    // The other stages are the model's.
    expect(run.file.project.title).toBe(ROSA.title);
    expect(run.file.entities.characters.map((c) => c.name)).toEqual(ROSA.people.map((p) => p.name));
    const headings = [...run.file.entities.scenes].sort((a, b) => a.number - b.number).map((s) => s.heading);
    expect(headings.slice(0, 3)).toEqual(ROSA.scenes.map((s) => s.heading));
  });

  it("garbage for the scenes gives offline scenes staged with the model's cast and places, with a notice", async () => {
    const run = await runAuthored(ROSA, { 'scene breakdown writer': reply.truncated({ scenes: [] }) });
    expect(run.outcome.status).toBe('done');
    // Every part of the scene list was garbage: each says so, and the whole list is the offline one.
    expect(run.warnings.length).toBeGreaterThanOrEqual(1);
    for (const w of run.warnings)
      expect(w).toMatch(/^Used the offline engine for the scene list \(part \d of \d\)/);
    const out = (stage: string) => run.record.stages[stage]!.output;
    expect(out('scene_breakdown')).toEqual(
      generateScenes(
        out('screenwriter') as StoryDraft,
        out('character_designer') as CharacterDraft[],
        out('location_scout') as LocationDraft[],
        out('relationship_writer') as RelationshipDraft[],
        run.file.project.brief,
      ),
    );
    const names = new Set(run.file.entities.characters.map((c) => c.id));
    const places = new Set(run.file.entities.locations.map((l) => l.id));
    for (const s of run.file.entities.scenes) {
      expect(s.characterIds.every((id) => names.has(id))).toBe(true);
      expect(places.has(s.locationId!)).toBe(true);
    }
    expect(run.file.entities.locations.map((l) => l.name)).toEqual(ROSA.places.map((p) => p.name));
  });

  it("the user's own character is shown to the model as fixed, kept as it is, and not duplicated", async () => {
    let rosaId = '';
    const run = await runAuthored(ROSA, {}, undefined, async (session) => {
      const made = await session.createEntity(
        'character',
        { name: 'Rosa Vieira', occupation: 'retired safecracker', age: 66, role: 'protagonist' },
        { via: 'manual' },
      );
      rosaId = made.entity.id;
    });
    expect(run.outcome.status).toBe('done');
    const castAsk = run.requests.find((r) => roleOf(r.body) === 'character designer')!;
    expect(lastUserMessage(castAsk.body)).toMatch(/"name":"Rosa Vieira"[^}]*"fixed":true/);
    const e = run.file.entities;
    expect(e.characters.map((c) => c.name)).toEqual(['Rosa Vieira', 'Inês Vieira', 'Duarte Lobo']);
    expect(e.characters[0]).toMatchObject({ id: rosaId, age: 66, createdVia: 'manual' });
    // The model's scenes name "Rosa": they point at the user's character.
    expect(e.scenes.every((scene) => scene.characterIds.includes(rosaId))).toBe(true);
  });
});
