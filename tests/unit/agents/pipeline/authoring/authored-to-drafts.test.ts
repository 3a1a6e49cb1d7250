// Mapping model answers onto the offline engine's drafts: names resolve, gaps are filled, unusable answers are refused.
import { describe, expect, it } from 'vitest';
import { castDraftsFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-cast';
import { castingDraftsFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-casting';
import { placeDraftsFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-places';
import { relationshipDraftsFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-relationships';
import { sceneDraftsFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-scenes';
import { storyDraftFromAuthored } from '../../../../../src-main/agents/pipeline/authoring/author-story';
import { sceneParts } from '../../../../../src-main/agents/pipeline/authoring/scene-parts';
import { defaultTalentPool } from '../../../../../src-main/brains/offline/generate';
import type { CharacterDraft, LocationDraft } from '../../../../../src-main/brains/offline/generate/types';

const params = { idea: 'a heist in Lisbon', kind: 'short-film' as const, seed: 1, durationSec: 300 };
const person = (name: string, role: CharacterDraft['role'] = 'supporting') => ({
  name,
  role,
  description: `${name}.`,
  goals: ['win'],
});
const place = (key: string, name: string): LocationDraft => ({
  key,
  name,
  setting: 'interior',
  description: '',
  timeOfDayOptions: ['DAY'],
  props: [],
});

function castOf(names: string[]): CharacterDraft[] {
  const mapped = castDraftsFromAuthored(
    { characters: names.map((n, i) => person(n, i ? 'supporting' : 'protagonist')) },
    [],
  );
  if (!mapped.ok) throw new Error(mapped.error);
  return mapped.value;
}

describe('authored answers → drafts', () => {
  it('a story: beats in act order, their seconds filling the running time asked', () => {
    const mapped = storyDraftFromAuthored(
      {
        title: 'T',
        logline: 'L',
        synopsis: 'S',
        beats: [
          { act: 2, name: 'Middle', summary: 'm', weight: 2 },
          { act: 1, name: 'Start', summary: 's' },
          { act: 3, name: 'End', summary: 'e' },
        ],
      },
      params,
    );
    expect(mapped.ok && mapped.value.beats.map((b) => [b.name, b.order])).toEqual([
      ['Start', 0],
      ['Middle', 1],
      ['End', 2],
    ]);
    expect(mapped.ok && mapped.value.beats.reduce((s, b) => s + b.targetSec, 0)).toBe(300);
    expect(mapped.ok && mapped.value.beats[1]!.targetSec).toBe(150);
  });

  it('a cast: the project’s own characters are not duplicated; a cast with no lead gets one', () => {
    const own = castOf(['Rosa Vieira']).map((c) => ({ ...c, role: 'supporting' as const }));
    const mapped = castDraftsFromAuthored(
      { characters: [person('ROSA VIEIRA'), person('Inês'), person('Inês'), person('Duarte')] },
      own,
    );
    expect(mapped.ok && mapped.value.map((c) => [c.name, c.role])).toEqual([
      ['Inês', 'protagonist'],
      ['Duarte', 'supporting'],
    ]);
    // Only the project's own characters again: nothing new, and nothing lost.
    expect(castDraftsFromAuthored({ characters: [person('Rosa')] }, own)).toEqual({ ok: true, value: [] });
  });

  it('places the project already has are dropped; an answer with nothing usable is refused', () => {
    const own = [place('loc-1', 'Banco Tejo Vault')];
    const answer = {
      locations: [{ name: 'banco tejo vault', setting: 'interior' as const, description: 'd' }],
    };
    expect(placeDraftsFromAuthored(answer, own)).toEqual({ ok: true, value: [] });
    expect(placeDraftsFromAuthored(answer, []).ok).toBe(true);
  });

  it('relationships resolve first names; pairs naming nobody, or the same pair twice, are dropped', () => {
    const cast = castOf(['Rosa Vieira', 'Inês Vieira']);
    const rel = (a: string, b: string) => ({
      a,
      b,
      kind: 'family' as const,
      label: 'daughter',
      strength: 0.2,
      trust: 0.3,
    });
    const mapped = relationshipDraftsFromAuthored(
      { relationships: [rel('Rosa', 'Inês'), rel('Inês Vieira', 'Rosa Vieira'), rel('Rosa', 'Nobody')] },
      cast,
    );
    expect(mapped.ok && mapped.value.map((r) => [r.sourceKey, r.targetKey])).toEqual([
      [cast[0]!.key, cast[1]!.key],
    ]);
    expect(relationshipDraftsFromAuthored({ relationships: [rel('X', 'Y')] }, cast)).toMatchObject({
      ok: false,
    });
  });

  it('scenes: an unknown place falls to the place the heading names, stray speakers become action, time adds up', () => {
    const story = storyDraftFromAuthored(
      {
        title: 'T',
        logline: 'L',
        synopsis: 'S',
        beats: [1, 2, 3].map((n) => ({ act: 1, name: `B${n}`, summary: 's' })),
      },
      params,
    );
    if (!story.ok) throw new Error('story');
    const cast = castOf(['Rosa Vieira', 'Inês Vieira']);
    const places = [place('loc-a', 'Alfama Flat'), place('loc-v', 'Banco Tejo Vault')];
    const mapped = sceneDraftsFromAuthored(
      {
        scenes: [
          {
            heading: 'INT. BANCO TEJO VAULT - NIGHT',
            place: 'the bank',
            cast: ['Nobody'],
            summary: 's',
            durationSec: 3,
            elements: [
              { type: 'dialogue', character: 'Inês', text: 'Mãe.' },
              { type: 'dialogue', character: 'A Guard', text: 'Halt!' },
            ],
          },
          {
            heading: 'Alfama at dawn',
            place: 'Alfama Flat',
            cast: ['Rosa'],
            summary: 's',
            elements: [{ type: 'action', text: 'Quiet.' }],
          },
        ],
      },
      story.value,
      cast,
      places,
    );
    if (!mapped.ok) throw new Error(mapped.error);
    const [vault, flat] = mapped.value;
    expect(vault!.locationKey).toBe('loc-v');
    expect(vault!.timeOfDay).toBe('NIGHT');
    expect(vault!.characterKeys).toEqual([cast[1]!.key]);
    expect(vault!.elements).toEqual([
      { type: 'dialogue', text: 'Mãe.', characterKey: cast[1]!.key },
      { type: 'action', text: 'A Guard: Halt!' },
    ]);
    expect(flat!.heading).toBe('INT. ALFAMA FLAT - DAY');
    expect(flat!.sceneType).toBe('action');
    expect(vault!.durationSec + flat!.durationSec).toBe(300);
    expect(vault!.durationSec).toBe(225);
    expect([vault!.beatKey, flat!.beatKey]).toEqual([story.value.beats[0]!.key, story.value.beats[1]!.key]);
    expect(sceneDraftsFromAuthored({ scenes: [] }, story.value, cast, [])).toMatchObject({ ok: false });
  });

  it('casting keeps roster performers only', () => {
    const cast = castOf(['Rosa Vieira']);
    const pool = defaultTalentPool();
    const mapped = castingDraftsFromAuthored(
      {
        casting: [
          { character: 'Rosa', talent: pool[0]!.name, score: 0.9, reasons: ['fits'] },
          { character: 'Rosa', talent: 'Famous Person', score: 1, reasons: ['famous'] },
        ],
      },
      cast,
      pool,
    );
    expect(mapped.ok && mapped.value).toEqual([
      { characterKey: cast[0]!.key, talentKey: pool[0]!.key, score: 0.9, reasons: ['fits'] },
    ]);
  });

  it('a long film is written in parts of consecutive beats, each within the per-call scene count', () => {
    const beats = Array.from({ length: 15 }, (_, i) => ({
      act: 1,
      name: `B${i}`,
      summary: 's',
      weight: i === 7 ? 4 : 1,
    }));
    const story = storyDraftFromAuthored(
      { title: 'T', logline: 'L', synopsis: 'S', beats },
      { ...params, durationSec: 5700 },
    );
    if (!story.ok) throw new Error('story');
    const parts = sceneParts(story.value, 51, 8);
    expect(parts[0]!.first).toBe(1);
    expect(parts.at(-1)!.last).toBe(15);
    parts.slice(1).forEach((p, i) => expect(p.first).toBe(parts[i]!.last + 1));
    expect(parts.reduce((n, p) => n + p.scenes, 0)).toBe(51);
    // The long beat alone may exceed a part; every other part stays within it.
    for (const p of parts) expect(p.scenes <= 8 || p.first === p.last).toBe(true);
    expect(parts.length).toBeGreaterThanOrEqual(7);
    expect(sceneParts(story.value, 6, 8)).toEqual([{ first: 1, last: 15, scenes: 6 }]);
  });
});
