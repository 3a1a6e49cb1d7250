// Person/place cues of the name classifier: relative "who", passive agents, "<Name> of <Place>".
import { describe, expect, it } from 'vitest';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';
import {
  isDemonym,
  isGazetteerPlace,
  isPastParticiple,
  placeOfDwellers,
} from '../../../../../src-main/brains/offline/language/word-tables';

const names = (text: string) => {
  const a = findProseEntities(text);
  return { chars: a.characters.map((c) => c.name), locs: a.locations.map((l) => l.name) };
};

describe('classifyNames person cues', () => {
  it('lets ", who" outweigh a gazetteer entry', () => {
    const r = names(
      'The men marched with Washington , who said nothing . The fame earned by Washington grew .',
    );
    expect(r.chars).toEqual(['Washington']);
    expect(r.locs).toEqual([]);
  });

  it('accepts "who" after a dash as well', () => {
    expect(names('Nothing can be done for Drozzle -- who was not well used -- this year.').chars).toEqual([
      'Drozzle',
    ]);
  });

  it('takes the agent of a passive verb as a person', () => {
    expect(names('The battle was won by Zorvath at dawn.').chars).toEqual(['Zorvath']);
    expect(names('The battle was fought near Zorvath at dawn.').chars).toEqual([]);
  });

  it('reads "<unknown word> of <Place>" as a person and keeps the place', () => {
    const r = names('As the planet approached, Lavelle of Java set the wires palpitating.');
    expect(r.chars).toEqual(['Lavelle of Java']);
    expect(r.locs).toEqual(['Java']);
  });

  it('reads "<word> of <a people>" as neither a person nor a place', () => {
    const r = names('I know that these Quobbles of Dutchmen are poor sailors, every one.');
    expect(r).toEqual({ chars: [], locs: [] });
  });

  it('takes a name before an irregular past-tense verb as an agent, even at a sentence start', () => {
    expect(names('Quorrag sat on the windlass all day.').chars).toEqual(['Quorrag']);
    expect(names('Quorrag lay in the valley below us.').chars).toEqual([]);
  });

  it('lets a name borrow the kind of the name it is listed with when the preposition repeats ("to X , or to Y")', () => {
    const got = names('Why not send her to Bath , or to Ellsmoor ? Anna would know .');
    expect(got.locs).toContain('Ellsmoor');
    expect(got.chars).not.toContain('Ellsmoor');
  });

  it('lets a sentence-initial name borrow the kind of a name it is listed with', () => {
    expect(names('Quorrag and Elizabeth came aft together.').chars).toContain('Quorrag');
  });

  it('does not take nationality compounds and plurals for characters, nor "Mass" for a place', () => {
    const r = names('The two Dutchmen and the Frenchman went to Mass with Tom Gale , and Tom Gale prayed .');
    expect(r.chars).toEqual(['Tom Gale']);
    expect(r.locs).toEqual([]);
  });

  it('takes the object of a verb that only people receive ("warned X", "implored X") as a person', () => {
    expect(names('At noon he warned Quorrel about the tide.').chars).toEqual(['Quorrel']);
    expect(names('At noon he implored Quorrel to stay.').chars).toEqual(['Quorrel']);
  });

  it('counts God as a character even when named once, at a sentence start too, but not "god" in lower case', () => {
    expect(names('They went to hear the word of God on Sunday.').chars).toEqual(['God']);
    expect(names('" God have mercy on us , " said Tom Gale .').chars).toContain('God');
    expect(names('He prayed to the river god on Sunday.').chars).toEqual([]);
  });

  it('does not take the partners of a firm for characters or places', () => {
    const r = names(
      'Varnay travelled for Ashby , Crane & Company , and Tom Gale worked at Quorrin & Co. in May .',
    );
    expect(r.chars.sort()).toEqual(['Tom Gale', 'Varnay']);
    expect(r.locs).toEqual([]);
  });

  it('does not take a name that always follows an article for a character (a ship, "a Quaker")', () => {
    const r = names('We spoke the Mary Delane at dawn. Tom Gale was a Quaker, and Tom Gale laughed.');
    expect(r.chars).toEqual(['Tom Gale']);
  });

  it('does not let the place in "<Name> of <Place>" vouch for the place as a person', () => {
    const a = findProseEntities(
      'Then Lavelle of Quorra spoke, and Lavelle of Quorra went home. Quorra is far.',
    );
    expect(a.characters.map((c) => [c.name, ...c.aliases])).toEqual([['Lavelle of Quorra']]);
  });

  it('does not read "<place noun> of <Place>" as a person', () => {
    const r = names('They sailed into the Bay of Biscay and then into the Bay of Biscay again.');
    expect(r.chars).toEqual([]);
  });

  it('does not read "<common noun> of <Place>" as a person when the text uses the noun in lower case', () => {
    expect(names('After the Siege of Acre ended, the siege was forgotten.').chars).toEqual([]);
    expect(names('He ruled the Principality of Wallachia alone.').chars).toEqual([]);
  });
});

describe('classifyNames names of streets, buildings and towns', () => {
  it('reads a rank before a kind of street as part of the street ("Duke Street"), not as a titled person', () => {
    const r = names('A constable ran towards me from the corner of Prince Street. I turned into an alley.');
    expect(r.chars).toEqual([]);
    expect(r.locs).toEqual(['Prince Street']);
    // A title that goes before a surname keeps its person: "Mr. Square" is a man.
    expect(names('Mr. Square said nothing, and Mr. Square left the room.').chars).toEqual(['Mr. Square']);
  });

  it('reads "<kind of building> of <Name>" as a place, not a person from somewhere', () => {
    expect(names('Ana waited by the Temple of Janus, and wondered.')).toEqual({
      chars: ['Ana'],
      locs: ['Temple of Janus'],
    });
  });

  it('takes a name ending like an English place ("-moor", "-leigh") for a place when nothing says person', () => {
    const r = names(
      'He had spoken to her of Brantleigh as of a home. Ralph looked at the gentleman from Brantleigh.',
    );
    expect(r.locs).toEqual(['Brantleigh']);
    expect(r.chars).toEqual(['Ralph']);
  });

  it('gives the "who" after "a widow from X ," to the widow, not to X', () => {
    const r = names('The inn was kept by a Mrs. Pardew, a widow from Wexbury, who had buried two husbands.');
    expect(r.chars).toEqual(['Mrs. Pardew']);
    expect(r.locs).toEqual(['Wexbury']);
    expect(names('A letter came from Orsolya , who was ill.').chars).toEqual(['Orsolya']);
  });

  it('lets a name seen once, with no cue, be a person when it is listed with a person', () => {
    const text = 'Jessamy came in. Later the bride came out, and Quillane and Jessamy walked behind.';
    expect(names(text).chars).toEqual(['Jessamy', 'Quillane']);
    expect(names('The party came out, and Quillane too.').chars).toEqual([]);
  });

  it('finds no one in an oath, a title in the plural or a counted name, but a god sworn by is still a being', () => {
    const text = '" We shall win , by George ! " cried Tamsin . They were Counts , said Tamsin , and rich .';
    expect(names(text).chars).toEqual(['Tamsin']);
    expect(names('" Swim , by Vishnu ! " cried Tamsin . Tamsin swam .').chars).toContain('Vishnu');
    expect(names('In the cabin two Hollandermen sat with Tamsin . Tamsin drank tea .').chars).toEqual([
      'Tamsin',
    ]);
  });

  it("reads a name owning a landing, a ferry or a crossing as that place's name, not a person", () => {
    const text = "The judge was the first citizen of Quimby 's Landing . All of Quimby 's Landing came out .";
    expect(names(text)).toEqual({ chars: [], locs: ["Quimby 's Landing"] });
  });

  it('lets a name seen once be a place when it is listed with places, a repeated preposition making the list', () => {
    const text = 'The ships had sailed from London , from Greenwich , from Quorrick -- the adventurers all.';
    expect(names(text).locs).toEqual(['London', 'Greenwich', 'Quorrick']);
  });

  it('lets a full name seen once be the person whose surname the text titles, but not a "Mrs."', () => {
    const story = (title: string) =>
      `${title} Quayle came down late. Nobody spoke to ${title} Quayle at breakfast. Beyond the urn sat Zelphine Quayle.`;
    expect(names(story('Miss')).chars).toEqual(['Zelphine Quayle']);
    expect(names(story('Mrs.')).chars).toEqual(['Mrs. Quayle']);
    expect(names('Miss Quayle came down late. We sailed from Port Quayle at dawn.').locs).toEqual([
      'Port Quayle',
    ]);
    // The titled surname outweighs a place-like last word ("ford").
    const ford =
      'Miss Ford came down late. Nobody spoke to Miss Ford at breakfast. Beyond the urn sat Zelphine Ford.';
    expect(names(ford)).toEqual({ chars: ['Zelphine Ford'], locs: [] });
  });
});

describe('isPastParticiple', () => {
  it('recognises regular and irregular participles in lower case only', () => {
    expect(isPastParticiple('admonished')).toBe(true);
    expect(isPastParticiple('written')).toBe(true);
    expect(isPastParticiple('Admonished')).toBe(false);
    expect(isPastParticiple('red')).toBe(false);
    expect(isPastParticiple('garden')).toBe(false);
  });
});

describe('classifyNames people and places from context', () => {
  it('reads "towards the X" as a river or range, but not a ship named after a woman', () => {
    expect(names('He went away towards the Oskell . The Oskell was high .').locs).toEqual(['Oskell']);
    expect(names('They drank to the Susannah , and went aboard the Susannah .').locs).toEqual([]);
  });

  it('reads ", of X" after a name as where the person is from', () => {
    const r = names('" You are Brigid Vane , of Drumcarra ? " asked the clerk . Brigid Vane nodded .');
    expect(r.chars).toEqual(['Brigid Vane']);
    expect(r.locs).toEqual(['Drumcarra']);
  });

  it('takes a diminutive coordinated with sisters as a person', () => {
    const r = names('She had three sisters , Rosalind , Theodora and Kitty , and Kitty was the youngest .');
    expect(r.chars).toContain('Kitty');
  });

  it('keeps a nationality or compass word that opens a place name', () => {
    expect(names('The wind came across the Irish Sea .').locs).toEqual(['Irish Sea']);
    expect(names('The wars of North America were long .').locs).toEqual(['North America']);
  });

  it('takes "Bank of X" for an organisation, not a person from X', () => {
    const r = names('A letter came from the Bank of England today . The Bank of England wants money .');
    expect(r.chars).toEqual([]);
    expect(r.locs).toEqual([]);
  });
});

describe('classifyNames lower-case place nouns', () => {
  it('reads "the river X" as a place even without a preposition of place', () => {
    expect(names('Below him the river Tollan ran brown and fast .').locs).toEqual(['Tollan']);
  });
});

describe('classifyNames adverbs', () => {
  it('does not take a capitalised adverb for a person ("Happily , …" twice)', () => {
    expect(names('" Happily , " said Tam . We sat , and Happily the rain stopped .').chars).toEqual(['Tam']);
  });
});

describe('names in real prose: kinds, ships, peoples and forms of address', () => {
  it('reads ordinary words capitalised together as a kind, unless a place word or a road makes them a place', () => {
    const r = names('The crew spoke of the Sperm Whale as of a god. Every sperm whale is grey, said Orrin.');
    expect(r.locs).toEqual([]);
    expect(
      names('They hid in the Dismal Swamp for a year. He rode past the Black Lion at noon.').locs,
    ).toEqual(['Dismal Swamp', 'Black Lion']);
  });

  it('knows a place set apart from its namesake by "New", "North" or "Upper"', () => {
    expect(names('On one side, New Bedford rose in terraces.').locs).toEqual(['New Bedford']);
    expect(isGazetteerPlace('upper norwood')).toBe(false);
    expect(isGazetteerPlace('north yorkshire')).toBe(true);
  });

  it('takes a ship named with its parts or boarded for no character', () => {
    expect(names("All that week the Marigold's crew cheered whenever the wind rose.").chars).toEqual([]);
  });

  it('reads a dialect form of "captain" as a form of address, not a name', () => {
    expect(names('"Aye, Capting," said Tobin, and Tobin laughed.')).toEqual({ chars: ['Tobin'], locs: [] });
  });

  it('reads the people of a place as neither a character nor a place', () => {
    expect(isDemonym('vermonters')).toBe(true);
    expect(isDemonym('bostonians')).toBe(true);
    for (const name of ['rogers', 'christian', 'parker', 'marian']) expect(isDemonym(name), name).toBe(false);
    expect(placeOfDwellers('quillanders')).toContain('quilland');
  });
});

describe('places named by what is said of them', () => {
  it('reads a name said to be a kind of place, or left by a ship, as a place', () => {
    expect(names('They left the island of Lumm at dawn. Lumm was soon out of sight.')).toEqual({
      chars: [],
      locs: ['Lumm'],
    });
    expect(names('The ship sailed out of Carrow at noon.').locs).toEqual(['Carrow']);
  });

  it('reads a name whose people the text names after it as a place, but not a first name or a god', () => {
    expect(
      names('Every Lummite is a sailor. The old men of Lumm speak of nothing else, and Lumm is poor.'),
    ).toEqual({
      chars: [],
      locs: ['Lumm'],
    });
    expect(names('George was tired. The Georgians said George should rest. George slept.').chars).toEqual([
      'George',
    ]);
  });
  it('reads a name before a title written after it ("Brinton Sahib") as a person\'s', () => {
    const r = names('"Is it Brinton Sahib?" the boy asked. Brinton Sahib does not say what he means.');
    expect(r.chars).toEqual(['Brinton']);
    expect(r.locs).toEqual([]);
  });

  it('lets a first name the text uses for a person vouch for the full name it opens', () => {
    const r = names(
      'Mrs. Quorn smiled at him. Everybody knew that Quorn Hadley had bought the horses for her.',
    );
    expect(r.locs).toEqual([]);
    expect(r.chars).toContain('Quorn Hadley');
  });
  it('reads a kind of place capitalised after "in the"/"at the" as one place, but not an institution', () => {
    const r = names(
      'Nelly waited at the Grange all day. Later Nelly sat at the Church and prayed in the Church.',
    );
    expect(r.locs).toEqual(['Grange']);
  });

  it('knows regions of the world that are neither towns nor countries', () => {
    expect(names('"If he is from Kashmir, so," said the trader.').locs).toEqual(['Kashmir']);
  });
});

describe('names the text treats as someone, and words that only look like names', () => {
  it('keeps a Latin name whose ending is a common noun\'s when the text treats it as someone ("said Crassinus")', () => {
    const text =
      '" The dice are mine tonight , " said Crassinus , and he laughed . Later Crassinus paid the host , and the ' +
      'host bowed to Crassinus as he went out .';
    expect(names(text).chars).toContain('Crassinus');
  });

  it('reads a name the text writes only after a side of the compass as a place ("West Harnby")', () => {
    const r = names(
      'The carrier drove on to West Harnby before dark . All West Harnby knew the cart , and by noon he was back ' +
        'in East Harnby with the mail .',
    );
    expect(r.chars).toEqual([]);
    expect(r.locs).toEqual(expect.arrayContaining(['West Harnby', 'East Harnby']));
  });

  it('takes a name opening a quotation before a verb of the present for someone ("Orlick spoils that girl")', () => {
    expect(names('" Orlick spoils that girl , " said the old man to his nephew .').chars).toContain('Orlick');
  });

  it('never takes a pronoun with its verb run on for a name ("You\'ll")', () => {
    const text = "' You'll succeed , ' said the bosun to the boy , ' You'll be hanged first . '";
    expect(names(text).chars).not.toContain("You'll");
  });

  it('reads a kind of place written only with a capital, after a word of going or being, as that place ("into the Channel")', () => {
    const r = names(
      'The brig cleared from Falmouth at dawn and by noon was standing out into the Channel with a fair wind .',
    );
    expect(r.locs).toContain('Channel');
    expect(names('She went to the Church to pray , for the Church was her comfort .').locs).not.toContain(
      'Church',
    );
  });

  it('lets the person cues decide for a town that is a given name too ("Sydney thinks …")', () => {
    const r = names(
      'The old man said that Sydney thinks the farm should be sold , but Sydney has gone off to Spain with ' +
        'Amelia . He sat a long while , thinking of Sydney and Amelia in Seville .',
    );
    expect(r.chars).toContain('Sydney');
    expect(r.locs).not.toContain('Sydney');
  });

  it('ends a name at a full stop after a title written out in full ("said the Major . Florence …")', () => {
    const r = names(
      '" We must sell , " said the Major . Florence has written from Rome , and so has Amelia .',
    );
    expect(r.chars).not.toContain('Major. Florence');
    expect(names('Mr. Jones met Dr. Watson at the inn .').chars).toEqual(['Mr. Jones', 'Dr. Watson']);
  });

  it('reads a people\'s name after "the" as an epithet of someone ("Varus the Spaniard")', () => {
    const text = 'I have laid a wager with Varus the Spaniard upon the race , and Varus has never lost one .';
    expect(names(text).chars).toContain('Varus');
  });

  it('reads an ending almost only towns have ("-borough") as a place against a weak person cue', () => {
    const r = names(
      '" Does Miss Dale find our little Wexborough dull ? " said the housekeeper . " Wexborough suits me , " said Miss Dale .',
    );
    expect(r.locs).toContain('Wexborough');
    expect(r.chars).not.toContain('Wexborough');
  });
});
