// Property tests: the Fountain reader never throws, and write→parse is a fixed point of any parsed text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../src-main/formats/screenplay/parse-fdx';
import { parseFountain } from '../../../../src-main/formats/screenplay/parse-fountain';
import { writeFdx } from '../../../../src-main/formats/screenplay/write-fdx';
import { writeFountain } from '../../../../src-main/formats/screenplay/write-fountain';
import { structure } from './structure';

const token = fc.constantFrom(
  'INT. HOUSE - DAY',
  'EXT. PARK',
  '.FORCED',
  'BOB',
  'ALICE (V.O.)',
  'EVE ^',
  '@McCOY',
  '(beat)',
  'Hello there.',
  'CUT TO:',
  '> FADE OUT',
  '> THE END <',
  '~la la',
  '!LOUD',
  '# Act',
  '= synopsis',
  '===',
  '[[note]]',
  '/* bone */',
  '*em*',
  '_u_',
  'Title: X',
  '  ',
  '',
  '',
  '',
  'walks in.',
  'A & B <c>',
);
const script = fc.array(token, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('Fountain properties', () => {
  it('parse(write(parse(text))) equals parse(text) and FDX agrees', () => {
    fc.assert(
      fc.property(script, (text) => {
        const doc = parseFountain(text);
        expect(structure(parseFountain(writeFountain(doc)))).toEqual(structure(doc));
        expect(structure(parseFdx(writeFdx(doc)))).toEqual(structure(doc));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void parseFountain(text)),
      { numRuns: 300, seed: 11 },
    );
  });
});
