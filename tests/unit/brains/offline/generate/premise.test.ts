// Tests of idea parsing: premise subject/want extraction, durations in text and English verb helpers.
import { describe, expect, it } from 'vitest';
import { durationFromText, splitSeconds } from '../../../../../src-main/brains/offline/generate/durations';
import { derivePremise, premisePhrase } from '../../../../../src-main/brains/offline/generate/premise';
import {
  baseVerbPhrase,
  gerundPhrase,
  thirdPersonPhrase,
} from '../../../../../src-main/brains/offline/generate/text';

describe('premise', () => {
  it('reads subject and want from a typical idea', () => {
    const idea = 'a 2-minute film about a lonely robot who learns to paint';
    expect(premisePhrase(idea)).toBe('a lonely robot who learns to paint');
    const p = derivePremise({ idea, kind: 'short-film', seed: 1 }, ['mechanic']);
    expect(p.subject).toBe('a lonely robot');
    expect(p.head).toBe('robot');
    expect(p.adjectives).toEqual(['lonely']);
    expect(p.want).toBe('learn to paint');
    expect(p.isMachine).toBe(true);
  });

  it('handles modal verbs and trailing places, and invents a subject when there is none', () => {
    expect(
      derivePremise({ idea: 'a detective must find the killer', kind: 'feature-film', seed: 1 }, ['x']).want,
    ).toBe('find the killer');
    expect(
      derivePremise(
        { idea: 'a samurai who seeks revenge in a Japanese village', kind: 'feature-film', seed: 1 },
        ['x'],
      ).want,
    ).toBe('seek revenge');
    const p = derivePremise(
      { idea: 'space exploration', theme: 'space exploration', kind: 'commercial', seed: 3 },
      ['flight engineer'],
    );
    expect(p.fromIdea).toBe(false);
    expect(p.head).toBe('flight engineer');
    expect(p.want.length).toBeGreaterThan(3);
  });

  it('parses durations in ideas', () => {
    expect(durationFromText('a 2-minute film')).toBe(120);
    expect(durationFromText('a 90 second spot')).toBe(90);
    expect(durationFromText('a thirty-second ad')).toBe(30);
    expect(durationFromText('a film about a robot')).toBeUndefined();
  });

  it('splits seconds exactly', () => {
    const parts = splitSeconds(120, [0.25, 0.25, 0.3, 0.2]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(120);
    expect(parts).toEqual([30, 30, 36, 24]);
    expect(splitSeconds(7, [1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('conjugates verb phrases', () => {
    expect(baseVerbPhrase('learns to paint')).toBe('learn to paint');
    expect(baseVerbPhrase('tries again')).toBe('try again');
    expect(gerundPhrase('learn to paint')).toBe('learning to paint');
    expect(gerundPhrase('make amends')).toBe('making amends');
    expect(thirdPersonPhrase('seek revenge')).toBe('seeks revenge');
  });
});
