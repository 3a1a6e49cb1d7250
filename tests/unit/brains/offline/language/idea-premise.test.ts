// Idea premise: the want is read where the lead is named, never cut out of the middle of a word.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const premise = (idea: string) => extractIdeaBrief(idea).premise;

describe('ideaPremise', () => {
  it('reads the want in the sentence that names the lead when the first sentence only sets the scene', () => {
    const p = premise(
      'Glasgow, 1962. A shy welder, Dougie Baird, wants to win the shipyard singing contest.',
    );
    expect(p.situation).toBe('Glasgow, 1962');
    expect(p.want).toBe('win the shipyard singing contest');
  });

  it('gives no want rather than a piece of a word when the lead is named after the first sentence', () => {
    for (const idea of [
      'Lisbon, winter. The tram driver Amélia Reis and the busker Tomé have not spoken in nine years.',
      'Can two enemies run one bakery? In Cork, Siobhán Kiely and Declan Moss inherit the same shop.',
      'horror film. a lighthouse, a storm, and a keeper called Ewan Price who hears knocking below.',
    ]) {
      const want = premise(idea).want;
      // Every word of the want is a whole word of the idea.
      for (const w of want.split(/\s+/).filter(Boolean))
        expect(idea.split(/[^\p{L}\p{N}'’-]+/u), `"${want}" from "${idea}"`).toContain(w);
    }
  });

  it('takes no partner or relative clause after the lead for a want', () => {
    expect(
      premise('On the quay the net mender Orla Quinn and the harbour master, Ruairí, trade insults.').want,
    ).toBe('');
    expect(premise('The story of Ilse Marr, who ran the ferry after the war.').want).toBe('');
  });

  it('aims at a verb, not at a place the lead goes to', () => {
    expect(premise('Noor Haddad moves to Marseille to help run her uncle’s bakery.').want).toBe(
      'help run her uncle’s bakery',
    );
  });

  it('ends the want at a semicolon, where another clause begins', () => {
    expect(premise('Hana Sato sells the family inn; her brothers refuse.').want).toBe('sells the family inn');
  });
});
