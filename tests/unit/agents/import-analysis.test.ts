// Importing an analysed manuscript or screenplay: the entities it makes and provenance spans that point into the source.
import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { importProse, importScreenplay } from '../../../src-main/agents/import-analysis';
import { analyzeProse } from '../../../src-main/agents/analysis/analyze-prose';
import { parseFountain } from '../../../src-main/formats/screenplay';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { castFile, emptyFile } from '../domain/domain-fixtures';

const PROSE = `Chapter One

Margaret Holloway walked down to the harbour at Port Isaac before dawn. She carried her father's old lantern. Thomas Bright was already there, mending nets. "You're late," said Thomas. Margaret laughed and told him the tide would wait for her.

Thomas had known Margaret since they were children in Cornwall. He trusted her more than anyone.

Chapter Two

In London, Edward Vane read the letter twice. Margaret Holloway had refused his offer. Edward crumpled the paper and threw it into the fire. He would go to Port Isaac himself. Margaret would not refuse him twice, Edward thought.
`;

const SCRIPT = `Title: Night Shift

FADE IN:

INT. DINER - NIGHT

Rain on the windows. SARAH CONNOR wipes the counter.

SARAH (V.O.)
Every night the same.

JOHN
Coffee. Black.

SARAH
(without looking up)
We're closed.

EXT. PARKING LOT - NIGHT

John waits by his car. Maya crosses the lot.

MAYA
You're still here?

JOHN ^
Always.

INT. DINER - NIGHT

SARAH
Lock the door, Maya.
`;

type Spanned = { provenance: { source?: { file: string; start: number; end: number } } };
const spanText = (text: string, e: Spanned) => {
  const s = e.provenance.source!;
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThan(s.start);
  expect(s.end).toBeLessThanOrEqual(text.length);
  return text.slice(s.start, s.end);
};

function importInto(file: ProjectFile, kind: 'prose' | 'screenplay', text: string) {
  const builder = new ChangeBuilder(file, { via: 'import' });
  const counts =
    kind === 'prose'
      ? importProse(builder, analyzeProse(text, { file: 'book.txt' }), 'book.txt', text)
      : importScreenplay(builder, parseFountain(text), 'night.fountain');
  return { counts, work: builder.work };
}

describe('importProse', () => {
  const { counts, work } = importInto(emptyFile(), 'prose', PROSE);
  const e = work.entities;

  it('makes characters, places, chapter scenes and relationships, counted', () => {
    expect(counts).toEqual({
      characters: e.characters.length,
      locations: e.locations.length,
      scenes: e.scenes.length,
      relationships: e.relationships.length,
    });
    expect(e.characters.map((c) => c.name).sort()).toEqual([
      'Edward Vane',
      'Margaret Holloway',
      'Thomas Bright',
    ]);
    expect(e.characters.find((c) => c.name === 'Margaret Holloway')!.aliases).toContain('Margaret');
    expect(e.locations.map((l) => l.name)).toEqual(expect.arrayContaining(['Port Isaac', 'London']));
    expect(e.scenes.map((s) => s.number)).toEqual([1, 2]);
    expect(e.relationships.length).toBeGreaterThan(0);
    for (const entity of [...e.characters, ...e.locations, ...e.scenes, ...e.relationships])
      expect(entity.createdVia).toBe('import');
  });

  it('character and location spans are a mention of them in the text', () => {
    for (const c of e.characters) expect([c.name, ...c.aliases]).toContain(spanText(PROSE, c));
    for (const l of e.locations) expect([l.name, ...l.aliases]).toContain(spanText(PROSE, l));
    for (const x of [...e.characters, ...e.locations]) expect(x.provenance.source!.file).toBe('book.txt');
  });

  it('scene spans cover their chapter, and every character of a scene is mentioned inside it', () => {
    const spans = e.scenes.map((s) => s.provenance.source!);
    expect(spans[0]!.start).toBe(0);
    expect(spans[1]!.start).toBe(spans[0]!.end);
    expect(spanText(PROSE, e.scenes[1]!).trimStart().startsWith('Chapter Two')).toBe(true);
    for (const scene of e.scenes) {
      const body = spanText(PROSE, scene);
      for (const id of scene.characterIds) {
        const c = e.characters.find((x) => x.id === id)!;
        expect(
          [c.name, ...c.aliases].some((n) => body.includes(n)),
          `${c.name} in scene ${scene.number}`,
        ).toBe(true);
      }
    }
  });

  it('relationship spans are a passage both characters share', () => {
    for (const r of e.relationships) {
      const body = spanText(PROSE, r);
      for (const id of [r.sourceId, r.targetId]) {
        const c = e.characters.find((x) => x.id === id)!;
        expect(
          [c.name, ...c.aliases].some((n) => body.includes(n)),
          c.name,
        ).toBe(true);
      }
    }
  });
});

describe('importScreenplay', () => {
  const { counts, work } = importInto(emptyFile(), 'screenplay', SCRIPT);
  const e = work.entities;
  const named = (name: string) => e.characters.find((c) => c.name === name)!;

  it('sluglines become scenes and places; cues become characters, extensions stripped', () => {
    expect(counts).toMatchObject({ scenes: 3, locations: 2, characters: 3 });
    expect(e.scenes.map((s) => s.heading)).toEqual([
      'INT. DINER - NIGHT',
      'EXT. PARKING LOT - NIGHT',
      'INT. DINER - NIGHT',
    ]);
    expect(e.locations.map((l) => [l.name, l.setting]).sort()).toEqual([
      ['Diner', 'interior'],
      ['Parking Lot', 'exterior'],
    ]);
    expect(e.scenes[0]!.locationId).toBe(e.scenes[2]!.locationId);
    expect(e.characters.map((c) => c.name).sort()).toEqual(['John', 'Maya', 'Sarah']);
  });

  it('dialogue, parentheticals and action stay in their scene, with their speaker', () => {
    const [diner, lot, back] = e.scenes;
    expect(diner!.elements.map((el) => el.type)).toEqual([
      'action',
      'dialogue',
      'dialogue',
      'parenthetical',
      'dialogue',
    ]);
    expect(diner!.elements[1]).toMatchObject({
      text: 'Every night the same.',
      characterId: named('Sarah').id,
    });
    expect(diner!.elements[4]).toMatchObject({ text: "We're closed.", characterId: named('Sarah').id });
    expect(lot!.elements.filter((el) => el.type === 'dialogue').map((el) => el.characterId)).toEqual([
      named('Maya').id,
      named('John').id,
    ]);
    expect(back!.elements).toEqual([
      expect.objectContaining({
        type: 'dialogue',
        text: 'Lock the door, Maya.',
        characterId: named('Sarah').id,
      }),
    ]);
    expect(lot!.characterIds.sort()).toEqual([named('John').id, named('Maya').id].sort());
  });

  it('scene, location, character and relationship spans point at the right part of the script', () => {
    for (const scene of e.scenes) expect(spanText(SCRIPT, scene).startsWith(scene.heading)).toBe(true);
    for (const l of e.locations) expect(spanText(SCRIPT, l).toUpperCase()).toContain(l.name.toUpperCase());
    // A speaker points at the scene of their first cue.
    expect(spanText(SCRIPT, named('Maya')).startsWith('EXT. PARKING LOT')).toBe(true);
    for (const c of e.characters)
      expect(spanText(SCRIPT, c)).toMatch(new RegExp(`^${c.name.toUpperCase()}\\b`, 'm'));
    expect(e.relationships.length).toBeGreaterThan(0);
    for (const r of e.relationships) {
      const body = spanText(SCRIPT, r).toUpperCase();
      for (const id of [r.sourceId, r.targetId])
        expect(body).toContain(e.characters.find((c) => c.id === id)!.name.toUpperCase());
    }
  });

  it('into a project that has a cast: known names are reused and scene numbers continue', () => {
    const existing = castFile();
    const { counts: again, work: merged } = importInto(existing.file, 'screenplay', SCRIPT);
    // John and Maya exist already; Sarah matches "Sarah Connor" by first name.
    expect(merged.entities.characters.length).toBe(
      existing.file.entities.characters.length + again.characters,
    );
    const john = merged.entities.characters.filter((c) => c.name === 'John');
    expect(john).toHaveLength(1);
    expect(john[0]!.id).toBe(existing.ids.john);
    const imported = merged.entities.scenes.filter((s) => s.createdVia === 'import').map((s) => s.number);
    expect(imported).toEqual([2, 3, 4]);
  });
});

/** Every imported relationship tells its story: one entry per shared scene, in scene order, each with a reason. */
function expectSceneHistory(work: ProjectFile) {
  const e = work.entities;
  expect(e.relationships.length).toBeGreaterThan(0);
  for (const r of e.relationships) {
    const shared = e.scenes
      .filter((s) => s.characterIds.includes(r.sourceId) && s.characterIds.includes(r.targetId))
      .sort((a, b) => a.number - b.number);
    expect(r.history.length).toBeGreaterThan(0);
    for (const entry of r.history) {
      expect(entry.cause).toBe('import');
      expect(entry.reason.length).toBeGreaterThan(10);
    }
    if (!shared.length) continue;
    expect(r.history.map((h) => h.sceneId)).toEqual(shared.map((s) => s.id));
    expect(r.history.map((h) => h.storyOrder)).toEqual(shared.map((s) => s.number));
    for (const [i, entry] of r.history.entries())
      expect(entry.reason).toContain(`Scene ${shared[i]!.number}`);
    // The last entry is where the edge stands today.
    expect(r.history.at(-1)).toMatchObject({ strength: r.strength, trust: r.trust });
  }
}

describe('imports write the relationship ledger scene by scene', () => {
  const THREE = `Chapter One

Nora Quist and Felix Arden opened the bakery together. "We did it," Nora said. "We really did," Felix answered, and hugged her, happy and proud.

Chapter Two

Felix found the ledger. Nora had lied to him about the debt. "You betrayed me," Felix shouted. Nora wept, angry and afraid.

Chapter Three

Nora came back at dawn. "I am sorry," she said. Felix forgave her, and they laughed, grateful and warm.
`;

  it('a manuscript: every shared chapter is an entry with its reason, and the mood moves the edge', () => {
    const { work } = importInto(emptyFile(), 'prose', THREE);
    expectSceneHistory(work);
    const r = work.entities.relationships[0]!;
    expect(r.history).toHaveLength(3);
    expect(r.history[0]!.reason).toMatch(/^First together\. Scene 1 .*dialogue between them.*warm/);
    expect(r.history[1]!.reason).toMatch(/tense/);
    expect(r.history[1]!.dStrength).toBeLessThan(0);
  });

  it('the prose fixture and a screenplay give every relationship a history in scene order', () => {
    expectSceneHistory(importInto(emptyFile(), 'prose', PROSE).work);
    const { work } = importInto(emptyFile(), 'screenplay', SCRIPT);
    expectSceneHistory(work);
    const john = work.entities.characters.find((c) => c.name === 'John')!.id;
    const maya = work.entities.characters.find((c) => c.name === 'Maya')!.id;
    const pair = work.entities.relationships.find(
      (r) => [r.sourceId, r.targetId].sort().join() === [john, maya].sort().join(),
    )!;
    // In the parking lot Maya speaks and John answers: dialogue between the two.
    expect(pair.history.some((h) => /1 exchange of dialogue between them/.test(h.reason))).toBe(true);
  });
});
