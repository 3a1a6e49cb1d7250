// Dialogue roles: which tokens are quoted, who speaks each quotation (attribution and alternation), who is addressed.
import { describe, expect, it } from 'vitest';
import { quotedTokens } from '../../../../../src-main/brains/offline/language/dialogue-cues';
import { dialogueRoles } from '../../../../../src-main/brains/offline/language/dialogue-speakers';
import { docStats } from '../../../../../src-main/brains/offline/language/doc-stats';
import { findNameMentions } from '../../../../../src-main/brains/offline/language/name-mentions';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

const quoted = (text: string): string => {
  const tokens = tokenize(text);
  const inside = quotedTokens(tokens);
  return tokens
    .filter((_, i) => inside[i])
    .map((t) => t.text)
    .join(' ');
};

function roles(text: string) {
  const tokens = tokenize(text);
  const mentions = findNameMentions(text, tokens, docStats(tokens));
  const r = dialogueRoles(tokens, mentions);
  return {
    speakers: [...r.speakers].map((m) => m.surface),
    addressed: [...r.addressed].map((m) => m.surface),
    lines: Object.fromEntries(r.lines),
  };
}

/** Two speakers named once each, then three unattributed turns. */
const EXCHANGE = [
  '" Where were you ? " said Pell .',
  '" At the gate , " said Nora .',
  '" Alone ? "',
  '" Alone . "',
  '" You lie . "',
];

describe('quotedTokens', () => {
  it('reads straight quotes in pre-tokenised text, one sentence a line', () => {
    const text = 'The clerk sat .\n" Sit down , Nora , " said her father .\nNora sat .\n" I am , sir . "\n';
    expect(quoted(text)).toBe('Sit down , Nora , I am , sir .');
  });

  it('reads straight quotes glued to words in ordinary prose', () => {
    expect(quoted('He said, "Come here, Nora." Nora came. "Now," he said.')).toBe('Come here , Nora . Now ,');
  });
});

describe('dialogueRoles', () => {
  it('finds speakers by said-verbs on either side of the name and addressees inside speech', () => {
    const r = roles(
      '" Come , come , " said Magistrate Pell .\n" Sit down , Nora . "\n" No , " Nora replied .\n',
    );
    expect(r.speakers.sort()).toEqual(['Magistrate Pell', 'Nora']);
    expect(r.addressed).toEqual(['Nora']);
  });

  it('gives unattributed turns to the other of the last two speakers', () => {
    expect(roles(EXCHANGE.join('\n')).lines).toEqual({ pell: 3, nora: 2 });
  });

  it('does not take a quoted term for an address', () => {
    expect(roles('Visitors from the " Quartier Latin , " it seemed , came often .').addressed).toEqual([]);
  });

  it('makes a character who speaks often major even when rarely named', () => {
    const nora = findProseEntities([...EXCHANGE, '" I do not . "'].join('\n')).characters.find(
      (c) => c.name === 'Nora',
    );
    expect(nora?.speeches).toBe(3);
    expect(nora?.importance).toBe('major');
  });
});
