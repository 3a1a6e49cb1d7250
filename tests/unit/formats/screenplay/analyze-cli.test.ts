// `storyloom analyze` / `import` on the eval screenplays and Fountain syntax cases, checked against the source text.
// The analyses run in process through analyzeFile (what the command prints); the process boundary is crossed once
// for `analyze` (prose) and once for `import`, where the CLI contract itself is under test.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipKindSchema } from '../../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../../src-preload/contract/project';
import { analyzeFile } from '../../../../src-main/cli/commands/analyze-command';
import { pipelineServices } from '../../../fixtures/pipeline-harness';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../../..');
const BIN = join(REPO_ROOT, 'bin/storyloom.mjs');
const run = promisify(execFile);

/** The shared eval data: $STORYLOOM_EVAL_DIR, or `../shared/eval` next to the checkout. */
function evalDir(): string {
  const dir = process.env.STORYLOOM_EVAL_DIR ?? resolve(REPO_ROOT, '../shared/eval');
  if (!existsSync(join(dir, 'fountain')))
    throw new Error(`Eval data not found at ${dir}; set STORYLOOM_EVAL_DIR.`);
  return dir;
}

interface Analysis {
  format: string;
  characters: { name: string; aliases: string[]; mentions: number }[];
  locations: { name: string }[];
  scenes: {
    number: number;
    heading?: string;
    title?: string;
    locationName?: string;
    characterNames: string[];
  }[];
  relationships: { source: string; target: string; strength: number; trust: number; kind: string }[];
}

async function storyloom(args: string[]): Promise<Record<string, unknown>> {
  const env = { ...process.env, STORYLOOM_APP_DIR: makeTempDir('storyloom-analyze-app-') };
  const { stdout } = await run(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}
/** The `analyze --json` answer, computed in process (a JSON round trip, as the command prints it). */
const analyze = async (file: string): Promise<Analysis> =>
  JSON.parse(JSON.stringify(await analyzeFile(file))) as Analysis;

/** An independent reading of the source: sluglines after a blank line, and the speaker of each cue (extension and ^ stripped). */
function readSource(text: string): { headings: string[]; speakers: Set<string> } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headings: string[] = [];
  const speakers = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const blankBefore = i === 0 || lines[i - 1]!.trim() === '';
    const textAfter = (lines[i + 1] ?? '').trim() !== '';
    if (blankBefore && /^(?:INT|EXT|EST|INT\.?\/EXT|I\/E)[.\s]/i.test(line)) headings.push(line);
    else if (
      blankBefore &&
      textAfter &&
      /^@?[A-Z][A-Z0-9 .'-]*(?:\s*\(.*\))?\s*\^?$/.test(line) &&
      !line.endsWith('TO:')
    ) {
      speakers.add(
        line
          .replace(/\(.*\)/, '')
          .replace(/[@^]/g, '')
          .trim(),
      );
    }
  });
  return { headings, speakers };
}

afterAll(removeTempDirs);

describe('storyloom analyze on the eval screenplays', () => {
  const scripts = () => readdirSync(join(evalDir(), 'fountain')).filter((n) => n.endsWith('.fountain'));

  it('finds the eval screenplays', () => {
    expect(scripts().length).toBeGreaterThanOrEqual(2);
  });

  it('sluglines become scenes and speaking cues become characters, in the DESIGN §2 shape', async () => {
    for (const name of scripts()) {
      const path = join(evalDir(), 'fountain', name);
      const source = readSource(readFileSync(path, 'utf8'));
      const a = await analyze(path);
      expect(a.format, name).toBe('fountain');
      expect(
        a.scenes.map((s) => s.heading),
        name,
      ).toEqual(source.headings);
      expect(new Set(a.characters.map((c) => c.name.toUpperCase())), name).toEqual(source.speakers);
      for (const c of a.characters) {
        expect(c, name).toMatchObject({
          name: expect.any(String),
          aliases: expect.any(Array),
          mentions: expect.any(Number),
        });
        expect(c.mentions, `${name}: ${c.name}`).toBeGreaterThanOrEqual(1);
      }
      // Every scene is set somewhere the analysis lists, and its speakers are listed characters.
      const places = new Set(a.locations.map((l) => l.name));
      const cast = new Set(a.characters.map((c) => c.name));
      for (const s of a.scenes) {
        expect(places.has(s.locationName ?? ''), `${name}: ${s.heading}`).toBe(true);
        for (const who of s.characterNames) expect(cast.has(who), `${name}: ${who}`).toBe(true);
      }
      for (const r of a.relationships) {
        expect(cast.has(r.source) && cast.has(r.target) && r.source !== r.target, name).toBe(true);
        expect(r.strength).toBeGreaterThanOrEqual(-1);
        expect(r.strength).toBeLessThanOrEqual(1);
        expect(r.trust).toBeGreaterThanOrEqual(0);
        expect(r.trust).toBeLessThanOrEqual(1);
        expect(RelationshipKindSchema.options).toContain(r.kind);
      }
    }
  });

  it('cue extensions are stripped and dual dialogue is split into its two speakers', async () => {
    const fountain = join(evalDir(), 'fountain');
    const names = async (file: string) =>
      (await analyze(join(fountain, file))).characters.map((c) => c.name).sort();
    expect(await names('screenplain/dialogue-character-extension.fountain')).toEqual(['Hans']);
    expect(await names('screenplain/dual-dialogue.fountain')).toEqual(['Girl', 'Guy']);
    expect(await names('nyousefi/DualDialogue.fountain')).toEqual(['Adam', 'Eve']);
    const dual = await analyze(join(fountain, 'nyousefi/DualDialogue.fountain'));
    expect(dual.relationships.map((r) => [r.source, r.target].sort())).toEqual([['Adam', 'Eve']]);
  });

  it('scene headings: every slugline form is a scene, forced headings too; look-alikes are not', async () => {
    const headers = await analyze(join(evalDir(), 'fountain/nyousefi/SceneHeaders.fountain'));
    const headings = headers.scenes.map((s) => s.heading ?? '');
    expect(headings).toHaveLength(16);
    expect(headings).toContain('KITCHEN');
    expect(headings).toContain('int. house - day');
    expect(headings.some((h) => /ESTABLISHING|not a scene/.test(h))).toBe(false);
    const numbered = await analyze(join(evalDir(), 'fountain/nyousefi/SceneNumbers.fountain'));
    expect(numbered.scenes.length).toBeGreaterThan(0);
    for (const s of numbered.scenes)
      expect(s.heading, 'scene numbers are not part of the heading').not.toMatch(/#/);
  });

  it('prose analysis through the real command has the DESIGN §2 shape and the in-process answer', async () => {
    const brat = join(evalDir(), 'litbank-dev/entities/brat');
    const file = readdirSync(brat).find((n) => n.endsWith('.txt'))!;
    const a = (await storyloom(['analyze', join(brat, file), '--json'])) as unknown as Analysis;
    expect(a).toEqual(await analyze(join(brat, file)));
    expect(a.format).toBe('prose');
    expect(a.characters.length).toBeGreaterThan(0);
    for (const c of a.characters)
      expect(c).toMatchObject({
        name: expect.any(String),
        aliases: expect.any(Array),
        mentions: expect.any(Number),
      });
    for (const l of a.locations) expect(l).toMatchObject({ name: expect.any(String) });
    expect(Array.isArray(a.scenes)).toBe(true);
    const cast = new Set(a.characters.map((c) => c.name));
    for (const r of a.relationships) {
      expect(r).toMatchObject({
        source: expect.any(String),
        target: expect.any(String),
        strength: expect.any(Number),
        trust: expect.any(Number),
        kind: expect.any(String),
      });
      expect(cast.has(r.source) && cast.has(r.target)).toBe(true);
      expect(RelationshipKindSchema.options).toContain(r.kind);
    }
  });
});

describe('storyloom import of a screenplay keeps dialogue and action in their scenes', () => {
  let file: ProjectFile;
  let text: string;

  beforeAll(async () => {
    const path = join(evalDir(), 'fountain/the_library_freak_out.fountain');
    text = readFileSync(path, 'utf8');
    const dir = makeTempDir('storyloom-import-');
    const out = await storyloom(['import', path, '--dir', dir, '--json']);
    expect(out).toMatchObject({ projectId: expect.any(String), scenes: readSource(text).headings.length });
    const services = pipelineServices(undefined, dir);
    file = (await services.projects.open(out.projectId as string)).file;
    await services.shutdown();
  });

  it('each element lies inside its own scene in the source, in order', () => {
    const scenes = [...file.entities.scenes].sort((a, b) => a.number - b.number);
    expect(scenes.length).toBe(readSource(text).headings.length);
    const elements = scenes.flatMap((s) => s.elements);
    expect(elements.some((e) => e.type === 'dialogue') && elements.some((e) => e.type === 'action')).toBe(
      true,
    );
    for (const scene of scenes) {
      const span = scene.provenance.source!;
      const body = text.slice(span.start, span.end);
      expect(body.startsWith(scene.heading)).toBe(true);
      let cursor = 0;
      for (const element of scene.elements) {
        const firstLine = element.text.split('\n')[0]!.replace(/[*_]/g, '').trim();
        const at = body.replace(/[*_]/g, '').indexOf(firstLine, cursor);
        expect(at, `scene ${scene.number}: "${firstLine}"`).toBeGreaterThanOrEqual(0);
        cursor = at;
      }
    }
  });

  it('dialogue names its speaker, the cue right above it in the source', () => {
    const byId = new Map(file.entities.characters.map((c) => [c.id, c.name]));
    for (const scene of file.entities.scenes) {
      const span = scene.provenance.source!;
      // Emphasis markup (*bold*, _underline_) is not part of the element text.
      const lines = text.slice(span.start, span.end).replace(/[*_]/g, '').split('\n');
      let cursor = 0;
      for (const element of scene.elements.filter((e) => e.type === 'dialogue')) {
        expect(element.characterId && byId.get(element.characterId)?.toUpperCase()).toBe(
          element.characterName?.toUpperCase(),
        );
        // Lines repeat ("Hush?"), so each speech is looked for after the previous one.
        const at = lines.findIndex((l, i) => i > cursor && l.trim() === element.text.split('\n')[0]!.trim());
        cursor = at;
        expect(at, element.text).toBeGreaterThan(0);
        let cue = at - 1;
        while (cue > 0 && /^\s*\(.*\)\s*$/.test(lines[cue]!)) cue -= 1;
        expect(lines[cue]!.replace(/\(.*\)|[@^]/g, '').trim()).toBe(element.characterName!.toUpperCase());
      }
    }
  });
});
