// Matching a changed script's scenes to the project's scenes by heading and order (re-import updates in place).
import { describe, expect, it } from 'vitest';
import { headingKey, matchScenes } from '../../../src-main/domain/scene-matching';

const scenes = (...headings: string[]) => headings.map((heading) => ({ heading }));
const pairs = (m: ReturnType<typeof matchScenes>) => m.matches.map((x) => [x.incoming, x.existing, x.by]);

describe('matchScenes', () => {
  it('pairs equal headings in order, and a new scene stays unmatched', () => {
    const m = matchScenes(
      scenes('INT. A - DAY', 'EXT. B - NIGHT'),
      scenes('INT. A - DAY', 'INT. NEW - DAY', 'EXT. B - NIGHT'),
    );
    expect(pairs(m)).toEqual([
      [0, 0, 'heading'],
      [1, undefined, undefined],
      [2, 1, 'heading'],
    ]);
    expect(m.unmatched).toEqual([]);
  });

  it('pairs repeated headings with the nearest one, so two kitchens stay two scenes', () => {
    const m = matchScenes(
      scenes('INT. KITCHEN - DAY', 'EXT. YARD - DAY', 'INT. KITCHEN - DAY'),
      scenes('INT. KITCHEN - DAY', 'EXT. YARD - DAY', 'INT. KITCHEN - DAY'),
    );
    expect(pairs(m)).toEqual([
      [0, 0, 'heading'],
      [1, 1, 'heading'],
      [2, 2, 'heading'],
    ]);
  });

  it('pairs a scene whose heading changed by its place between matched neighbours', () => {
    const m = matchScenes(
      scenes('INT. A - DAY', 'INT. B - DAY', 'INT. C - DAY'),
      scenes('INT. A - DAY', 'INT. B - NIGHT', 'INT. C - DAY'),
    );
    expect(pairs(m)).toEqual([
      [0, 0, 'heading'],
      [1, 1, 'order'],
      [2, 2, 'heading'],
    ]);
  });

  it('reports a scene the new script dropped as unmatched, never pairing it across an anchor', () => {
    const m = matchScenes(
      scenes('INT. A - DAY', 'INT. GONE - DAY', 'INT. C - DAY'),
      scenes('INT. A - DAY', 'INT. C - DAY'),
    );
    expect(pairs(m)).toEqual([
      [0, 0, 'heading'],
      [1, 2, 'heading'],
    ]);
    expect(m.unmatched).toEqual([1]);
  });

  it('compares headings without case, dashes or scene numbers', () => {
    expect(headingKey('int. diner – night #12#')).toBe(headingKey('INT. DINER - NIGHT'));
  });
});
