// Vocative replies: a titled surname said to someone and the first name of whoever answers are one person.
import { describe, expect, it } from 'vitest';
import { quotedTokens } from '../../../../../src-main/brains/offline/language/dialogue-cues';
import { dialogueRoles } from '../../../../../src-main/brains/offline/language/dialogue-speakers';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import { speechRuns } from '../../../../../src-main/brains/offline/language/speech-turns';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { vocativeReplies } from '../../../../../src-main/brains/offline/language/vocative-replies';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

function links(text: string): string[] {
  const tokens = tokenize(text);
  const roles = dialogueRoles(tokens, findNameMentions(text, tokens, docStats(tokens)));
  return vocativeReplies(roles.runs, roles.addressed).map(([a, b]) => `${a.surface}=${b.surface}`);
}

const names = (text: string): string[][] =>
  findProseEntities(text).characters.map((c) => [c.name, ...c.aliases].sort());

/** The narrator calls her Agnes; the doctor calls her Miss Tolland, and she answers. */
const SURGERY = [
  'Agnes waited in the hall while the rain came down on the glass roof.',
  '"Miss Tolland, you may come in now," said Dr. Pryor.',
  '"Thank you, I have been waiting an hour," said Agnes.',
  'Agnes followed him in and sat down by the stove.',
].join('\n\n');

describe('speechRuns', () => {
  it('gives each quotation the speaker its attribution names, and none to an unattributed one', () => {
    const text = '"Sit," said Edmund.\n\n"No."';
    const tokens = tokenize(text);
    const persons = findNameMentions(text, tokens, docStats(tokens));
    const roles = dialogueRoles(tokens, persons);
    const runs = speechRuns(tokens, quotedTokens(tokens), roles.speakers);
    expect(runs.map((r) => r.speaker?.surface)).toEqual(['Edmund', undefined]);
  });
});

describe('vocativeReplies', () => {
  it('links a titled surname said to someone with the first name of the speaker who answers', () => {
    expect(links(SURGERY)).toEqual(['Miss Tolland=Agnes']);
  });

  it('merges the two into one character, so the address is not a second person', () => {
    expect(names(SURGERY)).toContainEqual(['Agnes', 'Miss Tolland']);
  });

  it('links nothing when the answer comes from someone of the other sex than the title says', () => {
    const text = [
      '"Mr. Hollis, the carriage is here," said Dr. Pryor.',
      '"Then he must wait," said Agnes.',
    ].join('\n\n');
    expect(links(text)).toEqual([]);
  });

  it('links nothing between two bare names: friends answering each other are two people', () => {
    const text = ['"Tom, hand me the rope," said Walter.', '"Here it is," said Harold.'].join('\n\n');
    expect(links(text)).toEqual([]);
  });

  it('links nothing when the addressing speech has no known speaker, which may go on in the next one', () => {
    const text = [
      'Agnes came up to the window.',
      '"Oh, Miss Tolland, do look at the road!"',
      '"I see it," said Agnes.',
    ].join('\n\n');
    expect(links(text)).toEqual([]);
  });

  it('links nothing across a long stretch of narration, where the answer may be to someone else', () => {
    const narration = Array.from({ length: 6 }, () => 'The clock on the landing struck and went on ticking.');
    const text = [
      '"Miss Tolland, you may come in now," said Dr. Pryor.',
      narration.join(' '),
      '"Thank you," said Agnes.',
    ].join('\n\n');
    expect(links(text)).toEqual([]);
  });

  it('links nothing when the title is said before a first name of its sex ("Miss Maud"), not a surname', () => {
    const text = [
      'Agnes waited in the hall while the rain came down on the glass roof.',
      '"Are you coming, Miss Maud?" said Dr. Pryor.',
      '"She is upstairs," said Agnes.',
    ].join('\n\n');
    expect(links(text)).toEqual([]);
  });
});
