// Screenplay pagination: standard columns, headings kept with their scene, long speeches split with (MORE)/(CONT'D).
import { describe, expect, it } from 'vitest';
import {
  LINES_PER_PAGE,
  paginate,
  screenplayBlocks,
} from '../../../../src-main/formats/pdf/screenplay-layout';
import type { ScreenplayDocument, ScreenplayScene } from '../../../../src-main/formats/screenplay/types';

const scene = (n: number, elements: ScreenplayScene['elements']): ScreenplayScene => ({
  number: n,
  sceneNumber: String(n),
  heading: `INT. ROOM ${n} - DAY`,
  intExt: 'INT',
  locationName: `ROOM ${n}`,
  elements,
  characterNames: [],
  start: 0,
  end: 0,
});
const doc = (scenes: ScreenplayScene[]): ScreenplayDocument => ({
  titlePage: {},
  preamble: [],
  scenes,
  characters: [],
});
const texts = (page: { text: string }[][]) => page.map((row) => row.map((l) => l.text).join(' | '));

describe('screenplay layout', () => {
  it('places each paragraph kind in its column and numbers headings in both margins', () => {
    const [page] = paginate(
      screenplayBlocks(
        doc([
          scene(1, [
            { type: 'action', text: 'A door opens.' },
            { type: 'parenthetical', text: 'softly', character: 'ANA' },
            { type: 'dialogue', text: 'Hello.', character: 'ANA' },
            { type: 'transition', text: 'CUT TO:' },
          ]),
        ]),
      ),
    );
    const rows = page!.filter((r) => r.length > 0);
    expect(rows[0]!.map((l) => [l.text, l.x])).toEqual([
      ['INT. ROOM 1 - DAY', 1.5],
      ['1', 0.9],
      ['1', 7.9],
    ]);
    expect(rows.slice(1).map((r) => [r[0]!.text, r[0]!.x, r[0]!.align])).toEqual([
      ['A door opens.', 1.5, 'left'],
      ['ANA', 3.7, 'left'],
      ['(softly)', 3.1, 'left'],
      ['Hello.', 2.5, 'left'],
      ['CUT TO:', 7.5, 'right'],
    ]);
  });

  it('wraps dialogue at 35 columns and action at 60', () => {
    const long = 'word '.repeat(40).trim();
    const [page] = paginate(
      screenplayBlocks(
        doc([
          scene(1, [
            { type: 'action', text: long },
            { type: 'dialogue', text: long, character: 'B' },
          ]),
        ]),
      ),
    );
    const lines = page!.flat();
    expect(Math.max(...lines.filter((l) => l.x === 1.5).map((l) => l.text.length))).toBeLessThanOrEqual(60);
    expect(Math.max(...lines.filter((l) => l.x === 2.5).map((l) => l.text.length))).toBeLessThanOrEqual(35);
  });

  it("never leaves a heading at the bottom of a page, and splits a long speech with (MORE) and (CONT'D)", () => {
    const filler = Array.from({ length: 10 }, (_, i) => ({ type: 'action' as const, text: `Beat ${i}.` }));
    const speech = { type: 'dialogue' as const, text: 'Talk. '.repeat(250).trim(), character: 'MAX' };
    const pages = paginate(screenplayBlocks(doc([scene(1, filler), scene(2, [speech])])));
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(LINES_PER_PAGE);
      const last = texts(page).filter(Boolean).pop() ?? '';
      expect(last).not.toMatch(/^INT\./);
    }
    const all = pages.map(texts);
    const more = all.findIndex((p) => p.includes('(MORE)'));
    expect(more).toBeGreaterThanOrEqual(0);
    expect(all[more + 1]!.find(Boolean)).toBe("MAX (CONT'D)");
    // 25 beats fill 51 of 54 rows: scene 2's heading would be orphaned, so it opens the next page.
    const beats = Array.from({ length: 25 }, (_, i) => ({ type: 'action' as const, text: `Beat ${i}.` }));
    const pushed = paginate(
      screenplayBlocks(doc([scene(1, beats), scene(2, [{ type: 'action', text: 'Rain.' }])])),
    );
    expect(pushed).toHaveLength(2);
    expect(texts(pushed[1]!)[0]).toMatch(/^INT\. ROOM 2/);
  });
});
