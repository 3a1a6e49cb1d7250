// nameFromAnswer: the name in a reply to "what should the new character be called?", or null to ask again.
import { describe, expect, it } from 'vitest';
import { nameFromAnswer } from '../../../../src-main/agents/nodes/complete-follow-up';

describe('nameFromAnswer', () => {
  it.each([
    ['Maya', 'Maya'],
    ['maya ortiz', 'Maya Ortiz'],
    ['  Maya  ', 'Maya'],
    ['Maya!', 'Maya'],
    ['call her Maya', 'Maya'],
    ["Let's call him Jo", 'Jo'],
    ['name them the Owls', 'The Owls'],
    ['her name is Maya Ortiz.', 'Maya Ortiz'],
    ['his name is Tom', 'Tom'],
    ["it's the Blue Oyster", 'The Blue Oyster'],
    ['it is the Harbor', 'The Harbor'],
    ['She\'s "Maya"', 'Maya'],
    ["she's called Maya", 'Maya'],
    ['she is called Maya', 'Maya'],
    ["They're named the Owls", 'The Owls'],
    ['named Maya', 'Maya'],
    ['name: Maya', 'Maya'],
    ['“Maya”', 'Maya'],
    ['Maya, a pilot', 'Maya'],
  ])('%s → %s', (answer, name) => {
    expect(nameFromAnswer(answer)).toBe(name);
  });

  it('keeps the capitals the user typed (McAllister, MAYA) and capitalises lower-case words', () => {
    expect(nameFromAnswer('McAllister')).toBe('McAllister');
    expect(nameFromAnswer('MAYA')).toBe('MAYA');
    expect(nameFromAnswer("o'brien")).toBe("O'Brien");
  });

  it('a word that merely starts like a pronoun is a name, not a prefix', () => {
    expect(nameFromAnswer('Hesper')).toBe('Hesper');
    expect(nameFromAnswer('Itsy')).toBe('Itsy');
  });

  it('empty answers, long sentences and refusals are not names', () => {
    for (const answer of [
      '',
      '   ',
      '""',
      'I think she should be called something like Maya maybe',
      'no idea',
      "I don't know",
      'not sure',
      'skip',
      'Never mind',
    ]) {
      expect(nameFromAnswer(answer)).toBeNull();
    }
  });

  it('up to six words is a name', () => {
    expect(nameFromAnswer('the house on the hill road')).toBe('The House On The Hill Road');
    expect(nameFromAnswer('the old house on the hill road')).toBeNull();
  });
});
