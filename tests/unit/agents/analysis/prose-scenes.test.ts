// Scene splitting: chapter headings, break markers, and the fallback word chunks.
import { describe, expect, it } from 'vitest';
import { analyzeProse } from '../../../../src-main/agents/analysis/analyze-prose';

const para = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ') + '.';

describe('scene splitting', () => {
  it('splits at chapter headings and scene-break markers', () => {
    const text = [
      'CHAPTER I',
      '',
      'Mary walked in the garden with Colin.',
      '',
      '* * *',
      '',
      'Later that night Colin slept.',
      '',
      'CHAPTER II',
      '',
      'Mary woke early in London.',
    ].join('\n');
    const { scenes } = analyzeProse(text);
    expect(scenes).toHaveLength(3);
    expect(scenes[0]!.title).toBe('CHAPTER I');
    expect(scenes[2]!.title).toBe('CHAPTER II');
    expect(scenes[0]!.characterNames).toEqual(expect.arrayContaining(['Mary', 'Colin']));
    expect(scenes[2]!.locationName).toBe('London');
    expect(text.slice(scenes[1]!.start, scenes[1]!.end)).toContain('Later that night');
    expect(scenes.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('accepts ***, # and Markdown headings', () => {
    const text = '# Arrival\n\nThe coach came.\n\n***\n\nThe coach left.\n\n#\n\nSilence.';
    const { scenes } = analyzeProse(text);
    expect(scenes.map((s) => s.wordCount)).toEqual([4, 3, 1]); // the heading line belongs to its scene
    expect(scenes[0]!.title).toBe('Arrival');
  });

  it('falls back to ~1000-word chunks at paragraph boundaries', () => {
    const text = Array.from({ length: 30 }, () => para(100)).join('\n\n'); // 3000 words, no breaks
    const { scenes } = analyzeProse(text);
    expect(scenes.length).toBeGreaterThanOrEqual(2);
    expect(scenes.length).toBeLessThanOrEqual(3);
    for (const s of scenes) {
      expect(s.wordCount).toBeLessThanOrEqual(1500);
      expect(s.wordCount).toBeGreaterThanOrEqual(800);
      // chunk boundaries fall on paragraph starts
      expect(s.start === 0 || text.slice(s.start - 2, s.start) === '\n\n').toBe(true);
    }
    expect(scenes.reduce((n, s) => n + s.wordCount, 0)).toBe(3000);
  });
});
