// Final Draft reader on a hand-written FDX sample: elements, styles, dual dialogue, page break, title page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../src-main/formats/screenplay/parse-fdx';
import { AppFailure } from '../../../../src-main/shared/failure';

const sample = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/screenplay/sample.fdx'), 'utf8');

describe('parseFdx', () => {
  const doc = parseFdx(sample);

  it('splits scenes, keeps the scene number and the heading parts', () => {
    expect(doc.scenes.map((s) => [s.heading, s.sceneNumber, s.intExt, s.locationName, s.timeOfDay])).toEqual([
      ["INT. O'MALLEY'S PUB - NIGHT", '1', 'INT', "O'MALLEY'S PUB", 'NIGHT'],
      ['EXT. STREET - CONTINUOUS', undefined, 'EXT', 'STREET', 'CONTINUOUS'],
    ]);
    expect(sample.slice(doc.scenes[0]?.start).startsWith('<Paragraph Number="1" Type="Scene Heading">')).toBe(
      true,
    );
  });

  it('joins style runs, decodes entities, merges a speech spread over two Dialogue paragraphs', () => {
    expect(doc.scenes[0]?.elements.slice(0, 3)).toEqual([
      { type: 'action', text: 'Rain. MAGGIE wipes the bar & waits <impatiently>.' },
      { type: 'parenthetical', text: '(to herself)', character: 'MAGGIE', extension: 'V.O.' },
      {
        type: 'dialogue',
        text: 'Nobody comes on a Tuesday.\nNobody — ever.',
        character: 'MAGGIE',
        extension: 'V.O.',
      },
    ]);
  });

  it('marks dual dialogue and lists speakers per scene and overall', () => {
    expect(
      doc.scenes[0]?.elements.filter((e) => e.dual).map((e) => `${e.character}:${e.dual}:${e.text}`),
    ).toEqual(['TOM:left:Evening!', 'JERRY:right:Evening & welcome!']);
    expect(doc.scenes[0]?.characterNames).toEqual(['MAGGIE', 'TOM', 'JERRY']);
    expect(doc.characters).toEqual([
      { name: 'MAGGIE', lines: 1 },
      { name: 'TOM', lines: 1 },
      { name: 'JERRY', lines: 1 },
    ]);
  });

  it('maps transitions, page breaks, shots and centred text', () => {
    expect(doc.preamble).toEqual([{ type: 'transition', text: 'FADE IN:' }]);
    expect(doc.scenes[0]?.elements.slice(-2)).toEqual([
      { type: 'transition', text: 'CUT TO:' },
      { type: 'page_break', text: '' },
    ]);
    expect(doc.scenes[1]?.elements).toEqual([
      { type: 'action', text: 'CLOSE ON the sign.' },
      { type: 'centered', text: 'THE END' },
    ]);
  });

  it('reads the title page: title, credit, author, loose lines as notes', () => {
    expect(doc.title).toBe('LAST ORDERS');
    expect(doc.titlePage).toEqual({
      Title: 'LAST ORDERS',
      Credit: 'Written by',
      Author: 'Jane Roe',
      Notes: 'jane@example.com',
    });
  });

  it('rejects other XML dialects and hostile input with stable codes', () => {
    expect(() => parseFdx('<html><body/></html>')).toThrow(AppFailure);
    try {
      parseFdx('<html/>');
    } catch (error) {
      expect((error as AppFailure).code).toBe('SCREENPLAY_FDX_NOT_FINAL_DRAFT');
    }
    expect(() => parseFdx('<!DOCTYPE x><FinalDraft/>')).toThrow(/DOCTYPE/);
  });

  it('an empty Final Draft file is an empty document', () => {
    expect(parseFdx('<FinalDraft DocumentType="Script" Version="4"/>')).toEqual({
      titlePage: {},
      preamble: [],
      scenes: [],
      characters: [],
    });
  });
});
