// Tests of name finding and pronoun resolution.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { LEXICON } from '../../../../../src-main/brains/offline/understand/lexicon';
import {
  findNames,
  resolvePronoun,
  uniqueNames,
} from '../../../../../src-main/brains/offline/understand/names';

const names = (text: string, known?: string[]) => findNames(text, known).map((n) => n.name);

describe('names of places and firms', () => {
  it('runs a name on over the small words of other languages ("des", "do")', () => {
    expect(names('add a bar called Café des Pêcheurs')).toEqual(['Café des Pêcheurs']);
    expect(names('add the Largo do Carmo market')).toEqual(['Largo do Carmo']);
  });

  it('runs a person\'s name on over two particles or one joined to the rest ("van der", "d\'Arcy", "al-Amin")', () => {
    expect(names('add Pieter van der Berg, 61, a ferryman')).toEqual(['Pieter van der Berg']);
    expect(names('a nurse called Rocío de la Vega')).toEqual(['Rocío de la Vega']);
    expect(names("make Odile d'Aubigny older")).toEqual(["Odile d'Aubigny"]);
    expect(names('add Yusuf al-Amin, a tailor')).toEqual(['Yusuf al-Amin']);
  });

  it('keeps "and Sons" / "& Daughters" in a firm\'s name, but not "and" between two people', () => {
    expect(names('add a shop called Pike and Sons')).toEqual(['Pike and Sons']);
    expect(names('add a shop called Pike & Daughters')).toEqual(['Pike & Daughters']);
    expect(names('Make Anna & Ben rivals')).toEqual(['Anna', 'Ben']);
  });
});

describe('names in capitals', () => {
  it('reads a character written in capitals, as a screenwriter does, but no acronym or shouted word', () => {
    expect(names('Where does ODALRIC first appear? Give me the slugline.')).toEqual(['Odalric']);
    expect(names('Send a PDF to NASA and IKEA tonight')).toEqual([]);
    expect(names('WHERE DOES ODALRIC APPEAR')).toEqual([]);
  });
});

describe('field labels', () => {
  it('does not take an English word labelling a field for a name, but keeps a name used as a label', () => {
    expect(names('Add Ada Lind, Occupation: welder - Backstory: orphan')).toEqual(['Ada Lind']);
    expect(names('Zora: a welder, 40.')).toEqual(['Zora']);
  });
});

describe('findNames', () => {
  it('finds capitalised runs and strips possessives', () => {
    expect(names("Change John Miller's occupation to detective")).toEqual(['John Miller']);
    expect(names("Create a location called Joe's Diner")).toEqual(["Joe's Diner"]);
    expect(names('Rename the diner to The Blue Moon')).toEqual(['The Blue Moon']);
  });

  it('accepts a sentence-initial name but not a command verb', () => {
    expect(names('Sarah and John are siblings')).toEqual(['Sarah', 'John']);
    expect(names('Draft a scene for Lena')).toEqual(['Lena']);
    expect(names('Export the screenplay as Fountain')).toEqual([]);
  });

  it('takes a command verb of the interface or of editing for no part of the name after it', () => {
    expect(names('Select Ottoline and make her 40')).toEqual(['Ottoline']);
    expect(names("Amend Brackley's occupation to glazier")).toEqual(['Brackley']);
    // A first name that is also a verb ("mark") still opens the name.
    expect(names('Mark Delacroix is 40 now')).toEqual(['Mark Delacroix']);
  });

  it('takes no small talk for a name: an evaluative word opening a sentence is vocabulary', () => {
    expect(names('Lovely weather.')).toEqual([]);
    expect(names('Morning! Beautiful day. Emily is 30')).toEqual(['Emily']);
  });

  it('takes an everyday word opening a sentence for a word, not a name', () => {
    expect(names('Odd, the timeline has Jonas and Mila as siblings')).toEqual(['Jonas', 'Mila']);
    expect(names('Update: Theo turns forty in act two')).toEqual(['Theo']);
    expect(names('Sorry. Glenys should be a welder')).toEqual(['Glenys']);
    expect(names('Mostly Ottoline just listens')).toEqual(['Ottoline']);
    expect(names('Without a word, Rufus leaves')).toEqual(['Rufus']);
    expect(names("You've got Ilse down as a baker. That's wrong")).toEqual(['Ilse']);
  });

  it("keeps an everyday word as a name where the sentence goes on like a person's", () => {
    expect(names('Clement and Ysolde are cousins')).toEqual(['Clement', 'Ysolde']);
    expect(names('Stone is 52 and tired')).toEqual(['Stone']);
    expect(names('River, 19, a lifeguard')).toEqual(['River']);
    expect(names('Summer runs the ferry')).toEqual(['Summer']);
    // Before another capitalised word, only an adverb stays out of the name.
    expect(names('Little Moe sells fish')).toEqual(['Little Moe']);
    expect(names('New character: Uncle Badger, a tailor')).toEqual(['Uncle Badger']);
  });

  it('takes no acronym for a name, nor its plural', () => {
    expect(names('PDFs look cheap to clients, Ines says')).toEqual(['Ines']);
    expect(names('the NPCs and the CSV export')).toEqual([]);
    // A name that merely starts with capitals is still a name.
    expect(names('give the part to DeShawn')).toEqual(['DeShawn']);
  });

  it('takes no nationality or language for a name', () => {
    expect(names('Add Ilkka, a Finnish ferry pilot who speaks Swedish and Estonian')).toEqual(['Ilkka']);
    // Languages and peoples the language core knows, beyond compromise's demonyms.
    expect(names('Add Nomsa, 40, a nurse who speaks isiZulu and Afrikaans')).toEqual(['Nomsa']);
    expect(names('Brazilian dancer Pilar joins the crew')).toEqual(['Pilar']);
  });

  it("keeps every Demonym word of compromise's lexicon in the lexicon's own list", () => {
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
    const lexicon = model.one.lexicon;
    const demonyms = Object.entries(lexicon)
      .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes('Demonym'))
      .map(([word]) => word);
    expect(demonyms.length).toBeGreaterThan(200);
    expect(demonyms.filter((w) => !LEXICON.demonyms.has(w))).toEqual([]);
  });

  it('reads the cues before a word the same far into a long paste as at its start', () => {
    const preamble = 'We met Anna at the docks. '.repeat(12);
    const others = (text: string): string[] => names(text).filter((n) => n !== 'Anna');
    for (const text of ['add a character named teodor, 26', 'a character called yusuf demir 26']) {
      expect(others(`Anna: ${text}`)).not.toEqual([]);
      expect(others(preamble + text)).toEqual(others(`Anna: ${text}`));
    }
  });

  it('prefers known names, case-insensitively', () => {
    const found = findNames('make marcus older', ['Marcus']);
    expect(found).toEqual([{ name: 'Marcus', start: 5, end: 11, source: 'known' }]);
  });
});

describe('known names', () => {
  const known = (text: string, list: string[]): string[] =>
    findNames(text, list)
      .filter((m) => m.source === 'known')
      .map((m) => `${m.name}@${m.start}`);

  it('finds a known name in any case, the longest first, and again in a changed list of names', () => {
    const list = ['Ann', 'Ann Lee', 'Élodie'];
    expect(known('ann lee met ÉLODIE and Ann', list)).toEqual(['Ann Lee@0', 'Élodie@12', 'Ann@23']);
    expect(known('ann lee met ÉLODIE and Ann', ['Élodie'])).toEqual(['Élodie@12']);
    expect(known('Annabel came', list)).toEqual([]);
  });

  it('finds an ASCII name written with the Kelvin sign or the long s, which case-fold to K and s', () => {
    expect(known('\u212Aate and Ro\u017Fa', ['Kate', 'Rosa'])).toEqual(['Kate@0', 'Rosa@9']);
  });
});

describe('words that only look like names', () => {
  it('takes a greeting of another language, an e-mail header or a weekday in the plural for no name', () => {
    expect(names('Hola! add Marisol Peña, 33, a cook')).toEqual(['Marisol Peña']);
    expect(names('Fwd: notes from Ilse')).toEqual(['Ilse']);
    expect(names('add Ines, a baker who works Mondays and Fridays')).toEqual(['Ines']);
  });

  it('reads a word after "named" or "called" as the name it opens ("Dawn", "Will")', () => {
    expect(names('we need a diver named Dawn Okoro, 30')).toEqual(['Dawn Okoro']);
    expect(names('add a cook called Will Ashby')).toEqual(['Will Ashby']);
  });
});

describe('resolvePronoun', () => {
  const recent = [{ name: 'Tom', gender: 'male' }, { name: 'Ann', gender: 'female' }, { name: 'Kim' }];
  it('picks the newest entity of the pronoun gender', () => {
    expect(resolvePronoun('make her older', recent)).toBe('Ann');
    expect(resolvePronoun('give him a hat', recent)).toBe('Tom');
    expect(resolvePronoun('make them kinder', recent)).toBe('Tom');
  });
  it('falls back to an entity of unknown gender, and gives nothing without context', () => {
    expect(resolvePronoun('make her older', [{ name: 'Tom', gender: 'male' }, { name: 'Kim' }])).toBe('Kim');
    expect(resolvePronoun('make her older', [])).toBeUndefined();
    expect(resolvePronoun('make Sarah older', recent)).toBeUndefined();
  });
});

describe('findNames titles and possessives', () => {
  it('keeps a title with the name it precedes, with or without a dot', () => {
    expect(findNames('Add a mentor for Jules: Professor Ada Quinn, 61').map((n) => n.name)).toEqual([
      'Jules',
      'Professor Ada Quinn',
    ]);
    expect(findNames('Meet Dr. Amara Okafor, 52').map((n) => n.name)).toEqual(['Dr. Amara Okafor']);
    expect(findNames('the professor arrives').map((n) => n.name)).toEqual([]);
  });

  it('reads a possessive at the start as a name, not a command verb', () => {
    expect(findNames("Sarah's the new protagonist").map((n) => n.name)).toEqual(['Sarah']);
    expect(findNames("Mary-Kate and Sean O'Brien are cousins").map((n) => n.name)).toEqual([
      'Mary-Kate',
      "Sean O'Brien",
    ]);
  });
});

describe('names in a message typed without capitals', () => {
  const names = (text: string): string[] => findNames(text).map((n) => n.name);

  it('reads an unknown word in a name slot as a name, title-cased', () => {
    expect(names('add a character named oksana, a welder')).toEqual(['Oksana']);
    expect(names('delete bartholomew')).toEqual(['Bartholomew']);
    expect(names("how old is grisha's sister")).toEqual(['Grisha']);
    expect(names('grisha should be taller')).toEqual(['Grisha']);
    expect(names('add a character named ace')).toEqual(['Ace']);
  });

  it('leaves known words in those slots to the other rules', () => {
    expect(names('make a film about a lonely robot')).toEqual([]);
    expect(names('add a character named detective')).toEqual([]);
  });

  it('in a message with capitals, takes only the surest slots', () => {
    expect(names('Add a character named oksana')).toEqual(['Oksana']);
    expect(names('Make the harbour scene longer')).toEqual([]);
    expect(names('Move on to the storyboard, Priya is ready')).toEqual(['Priya']);
  });
});

describe('uniqueNames', () => {
  it('keeps each name once, and a full name rather than its first name or surname said beside it', () => {
    const of = (...names: string[]) => uniqueNames(names.map((name) => ({ name })));
    expect(of('Odile', 'odile', 'Bram')).toEqual(['Odile', 'Bram']);
    expect(of('Odile', 'Odile Serrat', 'Serrat')).toEqual(['Odile Serrat']);
    // A name that merely starts the same is another person.
    expect(of('Ann', 'Anneke Vos')).toEqual(['Ann', 'Anneke Vos']);
  });
});

describe('request verbs are no names', () => {
  it('reads a capitalised request verb opening a message as the verb', () => {
    expect(names('Retcon: Odile is 44')).toEqual(['Odile']);
    expect(names('Rehearse: Odile and Bastien at the bakery')).toEqual(['Odile', 'Bastien']);
  });
});
