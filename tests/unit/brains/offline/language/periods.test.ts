// Periods written other than as four digits: short and spelled-out years, eras' years, far-future years, backstory.
import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../../../src-main/brains/offline/language/periods';

const period = (text: string) => findPeriod(text)?.text;

describe('findPeriod', () => {
  it('reads a year by its last two digits after a word of time, and a decade written so', () => {
    expect(period("Winter of '79, a mining town. Dot runs the pub.")).toBe('1979');
    expect(period("Back in the '60s Lou sold records.")).toBe('1960s');
  });

  it('reads years and decades spelled out, but not a count', () => {
    expect(period('Lisbon, nineteen eighty-four, the week of the strike.')).toBe('1984');
    expect(period("so it's Lagos, like the nineteen-sixties, and")).toBe('1960s');
    expect(period('Twenty two people are stuck in a lift.')).toBeUndefined();
  });

  it("reads a year of an era and a year past this century's", () => {
    expect(period('Athens, 431 BC. A potter, Nikias, hides a deserter.')).toBe('431 BC');
    expect(period('Carthage, AD 146. The walls fall.')).toBe('AD 146');
    expect(findPeriod('Athens, 431 BC.')?.year).toBe(-431);
    expect(period('Year 2240. A miner on Titan finds a door.')).toBe('2240');
  });

  it('does not date the story by a year it looks back to', () => {
    expect(period('Old Bert has run the ferry since 1958, and now the council wants it.')).toBeUndefined();
    expect(period("Vera is 88 when she hears from Ada, who she thought had drowned in '51.")).toBeUndefined();
  });
});
