// Fountain writer: parse(write(doc)) reproduces every eval document, and tricky text survives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import type { ScreenplayDocument } from '../../../../src-main/formats/screenplay/types';
import { writeFountain } from '../../../../src-main/formats/screenplay/write-fountain';
import { EVAL_FOUNTAIN, fountainFiles } from './screenplain-html';
import { structure } from './structure';

const files = [
  ...fountainFiles('screenplain').map((f) => path.join('screenplain', f)),
  ...fountainFiles('nyousefi').map((f) => path.join('nyousefi', f)),
  'ascent_to_guru_peak.fountain',
  'the_library_freak_out.fountain',
];

describe('writeFountain round trip', () => {
  for (const file of files) {
    it(`${file}: parse(write(doc)) equals doc`, () => {
      const doc = parseFountain(readFileSync(path.join(EVAL_FOUNTAIN, file), 'utf8'));
      const again = parseFountain(writeFountain(doc));
      expect(structure(again)).toEqual(structure(doc));
    });
  }

  it('forces action and cues that would otherwise be misread, escapes emphasis', () => {
    const doc: ScreenplayDocument = {
      titlePage: {},
      preamble: [
        { type: 'action', text: 'Note: this is action.' },
        { type: 'action', text: 'INT. NOT A HEADING\nBOB' },
        { type: 'action', text: 'SHOUTING ALL CAPS\n# not a section\n2 * 3 = 6 and snake_case_name' },
      ],
      scenes: [
        {
          number: 1,
          heading: 'THE VOID',
          intExt: 'OTHER',
          locationName: 'THE VOID',
          sceneNumber: '4A',
          elements: [
            { type: 'dialogue', text: 'Hi.\n\nStill me.', character: 'McCLANE', extension: 'V.O.' },
            { type: 'transition', text: 'Slow fade' },
            { type: 'centered', text: 'THE END' },
          ],
          characterNames: ['McCLANE'],
          start: 0,
          end: 0,
        },
      ],
      characters: [{ name: 'McCLANE', lines: 1 }],
    };
    const text = writeFountain(doc);
    expect(text).toContain('.THE VOID #4A#');
    expect(text).toContain('@McCLANE (V.O.)');
    expect(text).toContain('!Note: this is action.');
    expect(structure(parseFountain(text))).toEqual(structure(doc));
  });

  it('writes a title page with multi-line values', () => {
    const text = writeFountain({
      titlePage: { Title: 'X', Contact: 'a\nb' },
      preamble: [],
      scenes: [],
      characters: [],
    });
    expect(text).toBe('Title: X\nContact:\n    a\n    b\n');
  });
});
