// Fountain reader against screenplain's expected HTML, nyousefi's syntax cases and two short screenplays.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import type { ScreenplayDocument, ScreenplayElement } from '../../../../src-main/formats/screenplay/types';
import { EVAL_FOUNTAIN, fountainFiles, itemsFromDoc, itemsFromHtml } from './screenplain-html';

const read = (...parts: string[]): string => readFileSync(path.join(EVAL_FOUNTAIN, ...parts), 'utf8');
const all = (doc: ScreenplayDocument): ScreenplayElement[] => [
  ...doc.preamble,
  ...doc.scenes.flatMap((s) => s.elements),
];
const types = (doc: ScreenplayDocument): string[] => all(doc).map((e) => e.type);

describe('parseFountain: screenplain expected HTML', () => {
  const cases = fountainFiles('screenplain').filter((f) =>
    existsSync(path.join(EVAL_FOUNTAIN, 'screenplain', f.replace(/\.fountain$/, '.html'))),
  );
  it('has the screenplain cases with expected HTML', () => {
    expect(cases.length).toBe(16);
  });
  for (const file of cases) {
    it(`${file}: headings, cues, dialogue, action and transitions match the HTML`, () => {
      const expected = itemsFromHtml(read('screenplain', file.replace(/\.fountain$/, '.html')));
      expect(expected.length).toBeGreaterThan(0);
      expect(itemsFromDoc(parseFountain(read('screenplain', file)))).toEqual(expected);
    });
  }

  it('title-page.fountain: keys, multi-line values and the body after it', () => {
    const doc = parseFountain(read('screenplain', 'title-page.fountain'));
    expect(doc.title).toBe('My Screenplay');
    expect(doc.titlePage).toEqual({
      Title: 'My Screenplay',
      Author: 'Your Name',
      Contact: 'your.email@example.com\n(555) 123-4567',
    });
    expect(doc.preamble.map((e) => e.text)).toEqual(['FADE IN:', 'SPACE']);
  });

  it('utf-8-bom.fountain: offsets point into the original text (BOM and CRLF included)', () => {
    const source = read('screenplain', 'utf-8-bom.fountain');
    const [scene] = parseFountain(source).scenes;
    expect(source.slice(scene?.start, (scene?.start ?? 0) + 20)).toBe('EXT. SOMEWHERE - DAY');
    expect(source.slice(0, scene?.end).endsWith('Nothing.')).toBe(true);
  });

  it('dialogue-character-extension.fountain: the extension is split off the speaker', () => {
    const [line] = all(parseFountain(read('screenplain', 'dialogue-character-extension.fountain')));
    expect(line).toMatchObject({ type: 'dialogue', character: 'HANS', extension: 'on the radio' });
  });
});

describe('parseFountain: nyousefi syntax cases', () => {
  it('covers every nyousefi file without throwing and finds content in each', () => {
    const files = fountainFiles('nyousefi');
    expect(files.length).toBe(16);
    for (const file of files)
      expect(
        all(parseFountain(read('nyousefi', file))).length +
          parseFountain(read('nyousefi', file)).scenes.length,
      ).toBeGreaterThan(0);
  });

  it('SceneHeaders: 16 headings; run-on, "..." and ESTABLISHING lines stay action', () => {
    const doc = parseFountain(read('nyousefi', 'SceneHeaders.fountain'));
    expect(doc.scenes.map((s) => s.intExt)).toEqual([
      'INT',
      'EXT',
      'INT',
      'EXT',
      'INT/EXT',
      'INT/EXT',
      'INT/EXT',
      'INT/EXT',
      'INT/EXT',
      'INT',
      'EXT',
      'OTHER',
      'OTHER',
      'INT',
      'OTHER',
      'INT',
    ]);
    expect(doc.scenes[13]).toMatchObject({ locationName: 'HOUSE', timeOfDay: 'DAY (1979)' });
    expect(doc.scenes[14]?.heading).toBe('KITCHEN');
    expect(doc.scenes[14]?.elements.map((e) => e.text)).toEqual([
      '... not a scene header.',
      'INT. HOUSE - DAY\nEXT. HOUSE - DAY',
      'ESTABLISHING',
    ]);
    expect(doc.scenes[15]?.heading).toBe('int. house - day');
  });

  it('SceneNumbers: forced numbers are split off the heading', () => {
    const doc = parseFountain(read('nyousefi', 'SceneNumbers.fountain'));
    expect(doc.scenes.map((s) => s.sceneNumber)).toEqual(['1', '1A', '1a', 'A1', 'I-1-A', '1.', '110A']);
    expect(doc.scenes[6]).toMatchObject({
      heading: 'INT. HOUSE - DAY - FLASHBACK (1944)',
      locationName: 'HOUSE',
      timeOfDay: 'DAY - FLASHBACK (1944)',
    });
  });

  it('Dialogue: cues, extensions, parentheticals, dual dialogue, blank line, indentation', () => {
    const doc = parseFountain(read('nyousefi', 'Dialogue.fountain'));
    expect(doc.characters).toEqual([
      { name: 'EVE', lines: 6 },
      { name: 'ADAM', lines: 5 },
      { name: 'R2D2', lines: 1 },
    ]);
    const lines = all(doc);
    expect(lines.find((e) => e.extension === 'O.S.')?.character).toBe('EVE');
    expect(lines.find((e) => e.extension === "cont'd")?.text).toBe('I think screenwriting is the best.');
    expect(lines.filter((e) => e.dual).map((e) => [e.character, e.dual])).toEqual([
      ['ADAM', 'left'],
      ['EVE', 'right'],
    ]);
    expect(lines.find((e) => e.type === 'action')?.text).toBe(
      '23 (O.S.)\nCharacter name must include a letter',
    );
    expect(lines.find((e) => e.text.startsWith('That was really weird'))?.text).toContain(
      'block\n\nfor absolutely',
    );
    expect(lines.slice(-2)).toMatchObject([
      { type: 'parenthetical', text: '(feeling cocky)', character: 'EVE' },
      { type: 'dialogue', text: "Well, then I'll just indent!", character: 'EVE' },
    ]);
  });

  it('DualDialogue: both speakers, left then right', () => {
    const doc = parseFountain(read('nyousefi', 'DualDialogue.fountain'));
    expect(all(doc).map((e) => `${e.character}:${e.dual}`)).toEqual(['ADAM:left', 'EVE:right']);
  });

  it('ForcedElements: ! action, @ cue, ~ lyrics', () => {
    const lines = all(parseFountain(read('nyousefi', 'ForcedElements.fountain')));
    expect(lines).toMatchObject([
      { type: 'action', text: 'BANG\nBANG\nBANG' },
      { type: 'dialogue', character: 'McDUCK', text: "I'm vegan." },
      { type: 'lyric', character: 'SINGER', text: 'These are the songs\nThat I sing.' },
    ]);
  });

  it('Transitions: TO: lines and forced >; trailing spaces and FADE TO BLACK. are action', () => {
    const doc = parseFountain(read('nyousefi', 'Transitions.fountain'));
    expect(all(doc).map((e) => `${e.type}:${e.text}`)).toEqual([
      'transition:CUT TO:',
      'transition:SMASH CUT TO:',
      'action:FADE TO BLACK.',
      'transition:NOT A STANDARD TRANSITION:',
      'action:CUT TO:',
      'transition:GO TO:',
      'transition:TO:',
    ]);
  });

  it('CenteredText: >text< is centered, a lone > is a transition', () => {
    const doc = parseFountain(read('nyousefi', 'CenteredText.fountain'));
    expect(all(doc).map((e) => `${e.type}:${e.text}`)).toEqual([
      'centered:Centered',
      'transition:Not centered',
      'centered:No space',
      'centered:Lots of Space',
    ]);
  });

  it('Boneyard and Notes: removed, inline or on their own lines', () => {
    expect(all(parseFountain(read('nyousefi', 'Boneyard.fountain'))).map((e) => e.text)).toEqual([
      'A line of action.',
      'This is an  boneyard.',
    ]);
    expect(all(parseFountain(read('nyousefi', 'Notes.fountain'))).map((e) => e.text)).toEqual([
      'A line.',
      'This is an  note.',
    ]);
  });

  it('PageBreaks, MultilineAction, Indenting', () => {
    expect(types(parseFountain(read('nyousefi', 'PageBreaks.fountain')))).toEqual([
      'action',
      'page_break',
      'action',
      'page_break',
      'action',
    ]);
    expect(
      all(parseFountain(read('nyousefi', 'MultilineAction.fountain'))).map((e) => e.text.split('\n').length),
    ).toEqual([1, 4, 1]);
    const indenting = parseFountain(read('nyousefi', 'Indenting.fountain'));
    expect(indenting.preamble).toEqual([{ type: 'transition', text: 'CUT TO:' }]);
    expect(indenting.scenes[0]?.characterNames).toEqual(['BRICK', 'STEEL']);
    expect(types(indenting)).toEqual([
      'transition',
      'action',
      'dialogue',
      'parenthetical',
      'dialogue',
      'action',
    ]);
  });

  it('Sections and synopses keep their depth and text', () => {
    expect(
      all(parseFountain(read('nyousefi', 'SectionHeaders.fountain'))).map((e) => `${e.depth}:${e.text}`),
    ).toEqual(['1:Act One', '1:Act Two', '1:ACT THREE', '1:ACT FOUR', '1:5', '2:Level 2', '3:Level 3']);
    expect(
      all(parseFountain(read('nyousefi', 'Synopses.fountain')))
        .filter((e) => e.type === 'synopsis')
        .map((e) => e.text),
    ).toEqual(['This is the first act.', 'This is another act.', 'THE FINAL ACT']);
    const complex = parseFountain(read('nyousefi', 'Sections-Complex.fountain'));
    expect(complex.scenes).toHaveLength(2);
    expect(complex.scenes[0]?.elements.map((e) => `${e.type}:${e.text}`)).toEqual([
      'section:Act 2',
      'section:Sequence 1',
    ]);
  });

  it('Simple: title page, V.O. cue, forced heading, trailing-space CUT TO: stays action', () => {
    const doc = parseFountain(read('nyousefi', 'Simple.fountain'));
    expect(doc.titlePage).toEqual({
      Title: 'A Simple Script',
      Author: 'Nima Yousefi',
      'Draft date': '2/1/2012',
    });
    expect(doc.scenes.map((s) => s.heading)).toEqual([
      'INT. OFFICE - MORNING',
      'ext. house - day',
      'FORCED SCENE HEADING',
    ]);
    expect(doc.characters).toEqual([{ name: 'MAN', lines: 1 }]);
    expect(doc.scenes[2]?.elements.at(-1)).toEqual({ type: 'action', text: 'CUT TO:' });
    expect(all(doc).some((e) => e.text.includes('boneyard') || e.text.includes('Comment'))).toBe(false);
  });
});

describe('parseFountain: short screenplays', () => {
  it('ascent_to_guru_peak: 6 scenes, two speakers, dialogue stays in its scene', () => {
    const doc = parseFountain(read('ascent_to_guru_peak.fountain'));
    expect(doc.scenes).toHaveLength(6);
    expect(doc.scenes.map((s) => s.locationName)).toEqual([
      'MOUNT GURU FOOTHILLS',
      'MOUNT GURU FOREST',
      'MOUNT GURU MEADOW',
      'MOUNT GURU STREAM',
      'SADDLE OF MOUNT GURU PEAK',
      'PEAK OF MOUNT GURU',
    ]);
    expect(doc.scenes.map((s) => s.timeOfDay)).toEqual(['DAY', 'DAY', 'DAY', 'DAY', 'NIGHT', 'NIGHT']);
    expect(doc.characters.map((c) => c.name)).toEqual(['YORBLEF', 'GURU']);
    expect(doc.scenes[5]?.characterNames).toEqual(['YORBLEF', 'GURU']);
    expect(doc.scenes[1]?.elements).toEqual([
      { type: 'action', text: 'Yorblef hikes through a dense forest.' },
    ]);
    expect(doc.titlePage.Author).toBe('Richard Alexander Hall');
    expect(doc.preamble).toEqual([{ type: 'transition', text: 'FADE IN:' }]);
    expect(
      all(doc)
        .filter((e) => e.type === 'parenthetical')
        .map((e) => e.text),
    ).toEqual(['(agitated)', '(sarcastic)']);
  });

  it('the_library_freak_out: 9 speakers, 3 scenes, title page with a note inside', () => {
    const source = read('the_library_freak_out.fountain');
    const doc = parseFountain(source);
    expect(doc.characters.map((c) => c.name).sort()).toEqual(
      [
        'CHALF',
        'CHARYA',
        'NAR',
        'PATRON FIVE',
        'PATRON ONE',
        'PATRON TWO',
        'PATRONS THREE AND FOUR',
        'THRAIN',
        'YOR',
      ].sort(),
    );
    expect(doc.characters[0]).toEqual({ name: 'CHALF', lines: 20 });
    expect(doc.scenes.map((s) => s.heading)).toEqual([
      'EXT. LIBRARY--DAY',
      'INT. LIBRARY--DAY',
      'EXT. LIBRARY--DAY',
    ]);
    expect(doc.scenes[0]?.characterNames).toEqual([]);
    expect(doc.scenes[2]?.characterNames).toEqual(['CHARYA', 'THRAIN', 'CHALF']);
    expect(doc.titlePage.Contact).toBe('earthbound dot io\nslash contact');
    expect(doc.title).toBe('THE LIBRARY FREAK-OUT');
    for (const scene of doc.scenes) expect(source.slice(scene.start).startsWith(scene.heading)).toBe(true);
    expect(source.slice(0, doc.scenes[2]?.end).endsWith('> THE END <')).toBe(true);
  });
});

describe('parseFountain: edge cases', () => {
  it('a lone FADE IN: is not a title page; emphasis markers drop, escapes stay literal', () => {
    const doc = parseFountain(
      'FADE IN:\n\nINT. ROOM - DAY\n\nShe is *very* **angry** and _loud_, 2 \\* 3.\n',
    );
    expect(doc.titlePage).toEqual({});
    expect(doc.scenes[0]?.elements[0]?.text).toBe('She is very angry and loud, 2 * 3.');
  });

  it('an all-caps heading directly followed by action is still a scene', () => {
    const doc = parseFountain('INT. DINER - NIGHT\nJoe eats.\n\nJOE\nGood pie.\n');
    expect(doc.scenes[0]).toMatchObject({ heading: 'INT. DINER - NIGHT', characterNames: ['JOE'] });
    expect(doc.scenes[0]?.elements[0]).toEqual({ type: 'action', text: 'Joe eats.' });
  });
});
