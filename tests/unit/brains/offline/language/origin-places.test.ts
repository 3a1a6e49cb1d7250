// The place inside "<Name> of <Place>" person mentions.
import { describe, expect, it } from 'vitest';
import { originPlace } from '../../../../../src-main/brains/offline/language/origin-places';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';

function origins(text: string): (string | undefined)[] {
  const tokens = tokenize(text);
  return findNameMentions(text, tokens, docStats(tokens)).map((m) => {
    const o = originPlace(tokens, m);
    if (o) expect(text.slice(o.start, o.end)).toBe(o.surface);
    return o?.surface;
  });
}

describe('originPlace', () => {
  it('returns the capitalised words after an inner "of"', () => {
    expect(origins('Then Perrotin of Nice wrote, and Thomas of New York answered.')).toEqual([
      'Nice',
      'New York',
    ]);
  });

  it('returns nothing for names without "of"', () => {
    expect(origins('Then Perrotin wrote to Thomas Hardy.')).toEqual([undefined, undefined]);
  });
});
