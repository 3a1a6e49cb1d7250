// Screenplay analysis: speakers with mentions, locations merged across INT/EXT, co-presence relationships, and the
// action prose read by the language core.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import { displayName, screenplayToAnalysis } from '../../../../src-main/agents/analysis/screenplay-analysis';
import { EVAL_FOUNTAIN } from '../../formats/screenplay/screenplain-html';

const analyse = (file: string) =>
  screenplayToAnalysis(parseFountain(readFileSync(path.join(EVAL_FOUNTAIN, file), 'utf8')));

describe('screenplayToAnalysis', () => {
  it('ascent_to_guru_peak: 2 characters, 6 locations and scenes, one relationship', () => {
    const a = analyse('ascent_to_guru_peak.fountain');
    expect(a.characters.map((c) => c.name)).toEqual(['Yorblef', 'Guru']);
    // Yorblef: 26 speeches + named in action; quoted sign text ("GURU 12 MI.") does not count.
    expect(a.characters[0]?.mentions).toBeGreaterThan(26);
    expect(a.characters[1]?.mentions).toBe(3);
    expect(a.locations.map((l) => l.name)).toEqual([
      'Mount Guru Foothills',
      'Mount Guru Forest',
      'Mount Guru Meadow',
      'Mount Guru Stream',
      'Saddle of Mount Guru Peak',
      'Peak of Mount Guru',
    ]);
    expect(a.scenes.map((s) => s.characterNames)).toEqual([
      ['Yorblef'],
      ['Yorblef'],
      ['Yorblef'],
      ['Yorblef'],
      ['Yorblef'],
      ['Yorblef', 'Guru'],
    ]);
    expect(a.scenes[1]).toEqual({
      number: 2,
      heading: 'EXT. MOUNT GURU FOREST--DAY',
      locationName: 'Mount Guru Forest',
      timeOfDay: 'DAY',
      characterNames: ['Yorblef'],
      elementCount: 1,
    });
    expect(a.relationships).toEqual([
      { source: 'Yorblef', target: 'Guru', strength: 1, trust: 0.5, kind: 'other', interactions: 1 },
    ]);
  });

  it('the_library_freak_out: 9 characters, one location over 3 scenes, strengths scaled by shared scenes', () => {
    const a = analyse('the_library_freak_out.fountain');
    expect(a.characters).toHaveLength(9);
    expect(a.characters.every((c) => c.aliases.length === 0 && c.mentions >= 1)).toBe(true);
    expect(a.characters.find((c) => c.name === 'Patrons Three and Four')?.mentions).toBe(1);
    expect(a.locations).toEqual([{ name: 'Library', aliases: [], mentions: 3 }]);
    expect(a.scenes[0]?.characterNames).toEqual([]);
    expect(a.scenes[2]?.characterNames).toEqual(['Chalf', 'Charya', 'Thrain']);
    const pair = (x: string, y: string) =>
      a.relationships.find((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x));
    expect(pair('Chalf', 'Thrain')).toMatchObject({ strength: 1, interactions: 2, kind: 'other' });
    expect(pair('Nar', 'Yor')).toMatchObject({ strength: 0.5, interactions: 1 });
    expect(a.relationships).toHaveLength(36); // all 9 are together in the library scene: C(9,2)
    expect(a.relationships.every((r) => r.strength > 0 && r.strength <= 1 && r.trust === 0.5)).toBe(true);
  });

  it('counts preamble dialogue as shared presence when a script has no headings', () => {
    const a = screenplayToAnalysis(parseFountain('ADAM\nHi.\n\nEVE\nHello.\n'));
    expect(a.scenes).toEqual([]);
    expect(a.relationships).toEqual([
      { source: 'Adam', target: 'Eve', strength: 1, trust: 0.5, kind: 'other', interactions: 1 },
    ]);
  });

  it('reads the action prose through the language core: name forms of a speaker and the bonds it states', () => {
    const a = screenplayToAnalysis(
      parseFountain(
        [
          'INT. KITCHEN - NIGHT',
          '',
          'EDITH DUNMORE stirs a pot while her brother TOM sets the table.',
          '',
          'EDITH DUNMORE',
          'Sit.',
          '',
          'TOM',
          'Fine.',
          '',
          'EXT. YARD - DAY',
          '',
          'Edith feeds the hens. A sign reads "TOM\'S FARM".',
          '',
        ].join('\n'),
      ),
    );
    // Edith: one speech, named in caps, then by first name; Tom: one speech and his introduction, not the sign.
    expect(a.characters).toEqual([
      { name: 'Edith Dunmore', aliases: [], mentions: 3 },
      { name: 'Tom', aliases: [], mentions: 2 },
    ]);
    expect(a.scenes.map((s) => s.characterNames)).toEqual([['Edith Dunmore', 'Tom'], ['Edith Dunmore']]);
    expect(a.relationships).toEqual([
      { source: 'Edith Dunmore', target: 'Tom', strength: 1, trust: 0.5, kind: 'family', interactions: 1 },
    ]);
  });

  it('displayName title-cases cues and keeps mixed case', () => {
    expect(displayName("O'MALLEY")).toBe("O'Malley");
    expect(displayName('McCLANE')).toBe('McCLANE');
    expect(displayName('MARY-JANE WATSON')).toBe('Mary-Jane Watson');
  });
});
