// The table's "they" for the lead becomes "she" or "he" with an agreeing verb; group subjects can be left alone.
import { describe, expect, it } from 'vitest';
import { forLead } from '../../../../../src-main/brains/offline/generate/lead-pronouns';

describe('forLead', () => {
  it('turns the lead\'s pronouns and the verb after "they" for a stated gender', () => {
    expect(forLead('everyone they love', 'female')).toBe('everyone she loves');
    expect(forLead('they witness something they were never meant to see', 'male')).toBe(
      'he witnesses something he was never meant to see',
    );
    expect(forLead('They never find their way home', 'female')).toBe('She never finds her way home');
    expect(forLead('prove they have changed, and themselves', 'male')).toBe(
      'prove he has changed, and himself',
    );
    expect(forLead('the people they trusted most', 'female')).toBe('the people she trusted most');
  });

  it('keeps a subject "they" where it may name a group, and leaves an unstated gender alone', () => {
    expect(forLead('a gang coming back for what they buried with them', 'female', false)).toBe(
      'a gang coming back for what they buried with her',
    );
    expect(forLead('everyone they love', undefined)).toBe('everyone they love');
    expect(forLead('everyone they love', 'unspecified')).toBe('everyone they love');
  });
});
