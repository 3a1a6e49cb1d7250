// Running time from an idea: only a length said of the piece itself counts, never a time inside the story.
import { describe, expect, it } from 'vitest';
import { durationFromText, targetDuration } from '../../../../../src-main/brains/offline/generate/durations';

describe('durationFromText', () => {
  it('reads a length said of the piece', () => {
    expect(durationFromText('a 3-minute animated short about a kite')).toBe(180);
    expect(durationFromText('an hour-long pilot set in a Dublin hospice')).toBe(3600);
    expect(durationFromText('runtime: 12 min. a girl, a dog, a flood')).toBe(720);
    expect(durationFromText('a short film (8 min) about grief')).toBe(480);
    expect(durationFromText('45s cut of the bakery spot')).toBe(45);
  });

  it('does not take a time inside the story, a decade or an age for the running time', () => {
    expect(durationFromText('a climber pinned under a boulder for 127 hours')).toBeUndefined();
    expect(durationFromText('two strangers have 48 hours in Rome')).toBeUndefined();
    expect(durationFromText('a diner in Ohio in the 1990s')).toBeUndefined();
    expect(durationFromText('a nurse in her 30s starts over')).toBeUndefined();
  });

  it('keeps the kind default when the idea gives no running time', () => {
    const idea = 'a lighthouse keeper is stranded for 300 hours by a storm';
    expect(targetDuration({ idea, kind: 'short-film', seed: 1 }, 'drama')).toBe(600);
  });
});
