// Final Draft writer: valid, escaped FDX 4; parseFdx(writeFdx(doc)) reproduces every eval document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../src-main/formats/screenplay/parse-fdx';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import type { ScreenplayDocument } from '../../../../src-main/formats/screenplay/types';
import { writeFdx } from '../../../../src-main/formats/screenplay/write-fdx';
import { writeFountain } from '../../../../src-main/formats/screenplay/write-fountain';
import { readXml } from '../../../../src-main/formats/screenplay/xml-reader';
import { EVAL_FOUNTAIN, fountainFiles } from './screenplain-html';
import { structure } from './structure';

const files = [
  ...fountainFiles('screenplain').map((f) => path.join('screenplain', f)),
  ...fountainFiles('nyousefi').map((f) => path.join('nyousefi', f)),
  'ascent_to_guru_peak.fountain',
  'the_library_freak_out.fountain',
];

describe('writeFdx round trip', () => {
  for (const file of files) {
    it(`${file}: parseFdx(writeFdx(doc)) equals doc`, () => {
      const doc = parseFountain(readFileSync(path.join(EVAL_FOUNTAIN, file), 'utf8'));
      expect(structure(parseFdx(writeFdx(doc)))).toEqual(structure(doc));
    });
  }

  it('the FDX sample survives FDX → Fountain → FDX', () => {
    const doc = parseFdx(
      readFileSync(path.resolve(process.cwd(), 'tests/fixtures/screenplay/sample.fdx'), 'utf8'),
    );
    expect(structure(parseFdx(writeFdx(doc)))).toEqual(structure(doc));
    expect(structure(parseFountain(writeFountain(doc)))).toEqual(structure(doc));
  });
});

describe('writeFdx output', () => {
  const doc: ScreenplayDocument = {
    title: 'Tom & "Jerry"',
    titlePage: {},
    preamble: [{ type: 'lyric', text: 'la <la>' }],
    scenes: [
      {
        number: 1,
        heading: 'INT. A&B <LAB> - DAY',
        sceneNumber: '7"',
        intExt: 'INT',
        locationName: 'A&B <LAB>',
        timeOfDay: 'DAY',
        elements: [
          { type: 'dialogue', text: 'Left\u0007 side', character: 'TOM', dual: 'left' },
          { type: 'dialogue', text: 'Right side', character: 'JERRY', dual: 'right' },
          { type: 'lyric', text: 'Not sung by Jerry' },
          { type: 'page_break', text: '' },
        ],
        characterNames: ['TOM', 'JERRY'],
        start: 0,
        end: 0,
      },
    ],
    characters: [],
  };
  const xml = writeFdx(doc);

  it('is well-formed FDX 4 with escaped text and attributes', () => {
    const root = readXml(xml);
    expect(root.name).toBe('FinalDraft');
    expect(root.attrs).toMatchObject({ DocumentType: 'Script', Version: '4' });
    expect(xml).toContain('<Text>INT. A&amp;B &lt;LAB&gt; - DAY</Text>');
    expect(xml).toContain('Number="7&quot;"');
    expect(xml).toContain('<DualDialogue>');
    expect(xml).not.toContain('\u0007');
  });

  it('reads back: dual pair, standalone lyric after a speech, trailing page break, title', () => {
    const back = parseFdx(xml);
    expect(back.title).toBe('Tom & "Jerry"');
    expect(back.scenes[0]?.elements).toEqual([
      { type: 'dialogue', text: 'Left side', character: 'TOM', dual: 'left' },
      { type: 'dialogue', text: 'Right side', character: 'JERRY', dual: 'right' },
      { type: 'lyric', text: 'Not sung by Jerry' },
      { type: 'page_break', text: '' },
    ]);
    expect(back.scenes[0]?.sceneNumber).toBe('7"');
    expect(back.preamble).toEqual([{ type: 'lyric', text: 'la <la>' }]);
  });
});
