// Dialogue person cues: speaker attributions and vocatives, in plain and pre-tokenised quoting styles.
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_SCORE,
  VOCATIVE_SCORE,
  dialogueCue,
  quotedTokens,
} from '../../../../../src-main/brains/offline/language/dialogue-cues';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

/** Cue score of the first token equal to `name` in `text`. */
function cueOf(text: string, name: string): number {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === name);
  expect(i).toBeGreaterThanOrEqual(0);
  return dialogueCue(tokens, i, i + 1, quotedTokens(tokens));
}

describe('dialogueCue', () => {
  it('scores an attribution after a closing quote in several quoting styles', () => {
    expect(cueOf('"Nonsense," retorted Quilby.', 'Quilby')).toBe(ATTRIBUTION_SCORE);
    expect(cueOf("`` Nonsense , '' retorted Quilby .", 'Quilby')).toBe(ATTRIBUTION_SCORE);
    expect(cueOf('“Nonsense”, retorted Quilby.', 'Quilby')).toBe(ATTRIBUTION_SCORE);
  });

  it('scores vocatives set off by a comma at the end of a speech', () => {
    expect(cueOf('" Be quiet , Tiny ! " she whispered .', 'Tiny')).toBe(VOCATIVE_SCORE);
    expect(cueOf('"Good morning, Anne." She nodded.', 'Anne')).toBe(VOCATIVE_SCORE);
  });

  it('gives nothing to list items or ordinary narration', () => {
    expect(cueOf('They saw France, Italy, and Spain.', 'Italy')).toBe(0);
    expect(cueOf('He retorted that Quilby was wrong.', 'Quilby')).toBe(0);
  });
});

describe('findProseEntities with dialogue cues', () => {
  it('finds a speaker named once, only in an attribution', () => {
    expect(
      findProseEntities('" Nonsense , " retorted Quilby , and walked away .').characters.map((c) => c.name),
    ).toEqual(['Quilby']);
  });
});
