// Screenplay export: the project → screenplay mapping, and Fountain/FDX export → import round trips.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Fountain } from 'fountain-js';
import { afterAll, describe, expect, it } from 'vitest';
import { screenplayFromProject } from '../../../../src-main/formats/screenplay/from-project';
import { parseFdx } from '../../../../src-main/formats/screenplay/parse-fdx';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import { writeFdx } from '../../../../src-main/formats/screenplay/write-fdx';
import { writeFountain } from '../../../../src-main/formats/screenplay/write-fountain';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { newProjectFile } from '../../../../src-main/store/new-project';
import {
  evalFountainFiles,
  generatedProject,
  importAsProject,
  skeleton,
} from '../../../fixtures/export-fixtures';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { EVAL_FOUNTAIN } from './screenplain-html';

afterAll(removeTempDirs);

/** A small hand-made project: two scenes stored out of order, a renamed speaker, a speech without one. */
function handMade() {
  const b = new ChangeBuilder(newProjectFile('Diner', 'short-film', { seed: 1 }), { via: 'manual' });
  const ada = b.create('character', { name: 'Ada Quinn', aliases: ['Q'] }).after as { id: string };
  const ben = b.create('character', { name: 'Benedict Rowe' }).after as { id: string };
  b.create('scene', {
    number: 2,
    heading: 'EXT. ROOF - NIGHT',
    elements: [
      { type: 'dialogue', text: 'Up here.', characterId: ben.id, characterName: 'BEN' },
      { type: 'dialogue', text: 'Nobody says this.' },
    ],
  });
  b.create('scene', {
    number: 1,
    heading: 'INT. DINER - DAY',
    elements: [
      { type: 'action', text: 'Ada waits.' },
      { type: 'parenthetical', text: 'quietly', characterId: ada.id, characterName: 'ADA' },
      { type: 'dialogue', text: 'Coffee.', characterId: ada.id, characterName: 'ADA' },
      { type: 'transition', text: 'CUT TO:' },
    ],
  });
  b.create('scene', { number: 3, heading: '', summary: 'Ada drives away.' });
  return b.work;
}

describe('screenplayFromProject', () => {
  it('orders scenes by number, keeps written cues that still name the character and renames the others', () => {
    const doc = screenplayFromProject(handMade());
    expect(doc.title).toBe('Diner');
    expect(doc.scenes.map((s) => [s.heading, s.sceneNumber])).toEqual([
      ['INT. DINER - DAY', '1'],
      ['EXT. ROOF - NIGHT', '2'],
      ['INT. SCENE 3', '3'],
    ]);
    expect(doc.scenes[0]!.elements).toEqual([
      { type: 'action', text: 'Ada waits.', sourceIndex: 0 },
      { type: 'parenthetical', text: 'quietly', character: 'ADA', sourceIndex: 1 },
      { type: 'dialogue', text: 'Coffee.', character: 'ADA', sourceIndex: 2 },
      { type: 'transition', text: 'CUT TO:', sourceIndex: 3 },
    ]);
    // "BEN" no longer names Benedict Rowe: the cue follows the character; a speech nobody speaks is action.
    expect(doc.scenes[1]!.elements).toEqual([
      { type: 'dialogue', text: 'Up here.', character: 'BENEDICT ROWE', sourceIndex: 0 },
      { type: 'action', text: 'Nobody says this.', sourceIndex: 1 },
    ]);
    // A summary standing in for an unwritten scene has no element behind it (the script view cannot edit it).
    expect(doc.scenes[2]!.elements).toEqual([{ type: 'action', text: 'Ada drives away.' }]);
  });
});

const evalFiles = evalFountainFiles(EVAL_FOUNTAIN);

describe('Fountain and FDX export → import keep every heading, cue and dialogue line', () => {
  it('finds the eval screenplays', () => {
    expect(evalFiles.length).toBeGreaterThanOrEqual(30);
  });

  for (const rel of evalFiles) {
    it(`eval ${rel}`, () => {
      const original = parseFountain(readFileSync(path.join(EVAL_FOUNTAIN, rel), 'utf8'));
      const project = importAsProject(original, path.basename(rel));
      const exported = screenplayFromProject(project);
      expect(skeleton(parseFountain(writeFountain(exported)))).toEqual(skeleton(original));
      expect(skeleton(parseFdx(writeFdx(exported)))).toEqual(skeleton(original));
    });
  }

  for (const [kind, seed] of [
    ['short-film', 4],
    ['short-film', 9],
  ] as const) {
    it(`generated ${kind} (seed ${seed}): project → file → imported project → same script`, async () => {
      const file = await generatedProject(kind, seed);
      const doc = screenplayFromProject(file);
      expect(doc.scenes.length).toBe(file.entities.scenes.length);
      expect(skeleton(doc).flatMap((s) => s.lines).length).toBeGreaterThan(10);
      for (const [name, text, parse] of [
        ['x.fountain', writeFountain(doc), parseFountain],
        ['x.fdx', writeFdx(doc), parseFdx],
      ] as const) {
        const reimported = importAsProject(parse(text), name);
        expect(skeleton(screenplayFromProject(reimported))).toEqual(skeleton(doc));
      }
    });
  }
});

describe('a third-party Fountain parser (fountain-js) reads the export', () => {
  it('to the same scene headings, cues and dialogue lines', async () => {
    const file = await generatedProject('short-film', 4);
    const doc = screenplayFromProject(file);
    const { tokens } = new Fountain().parse(writeFountain(doc), true);
    const headings = tokens.filter((t) => t.type === 'scene_heading').map((t) => t.text);
    const cues = tokens.filter((t) => t.type === 'character').map((t) => t.text);
    const lines = tokens.filter((t) => t.type === 'dialogue').map((t) => t.text);
    expect(headings).toEqual(doc.scenes.map((s) => s.heading));
    const ours = skeleton(doc);
    expect(cues).toEqual(ours.flatMap((s) => s.cues));
    expect(lines).toEqual(ours.flatMap((s) => s.lines.map((l) => l.replace(/^[^:]+: /, ''))));
  });
});

describe('the FDX export', () => {
  it('is well-formed Final Draft XML with its paragraph types', async () => {
    const file = await generatedProject('short-film', 4);
    const fdx = writeFdx(screenplayFromProject(file));
    expect(fdx.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(fdx).toMatch(/<FinalDraft DocumentType="Script"[^>]*>[\s\S]*<\/FinalDraft>\s*$/);
    const types = new Set([...fdx.matchAll(/<Paragraph[^>]* Type="([^"]+)"/g)].map((m) => m[1]));
    for (const t of ['Scene Heading', 'Action', 'Character', 'Dialogue', 'Parenthetical', 'Transition'])
      expect(types).toContain(t);
    expect(
      [...types].every((t) =>
        [
          'Scene Heading',
          'Action',
          'Character',
          'Dialogue',
          'Parenthetical',
          'Transition',
          'General',
          'Lyrics',
        ].includes(t!),
      ),
    ).toBe(true);
    // Every opened tag is closed in order: the document is well-formed.
    const stack: string[] = [];
    for (const m of fdx.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
  });
});
