// Relations between an idea's people: verbs in any tense, couples, appositive bonds, groups, and whose verb it is.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const kinds = (idea: string) => extractIdeaBrief(idea).relations.map((r) => `${r.a}-${r.b}:${r.kind}`);

describe('ideaRelations', () => {
  it('reads a relation verb in the past tense and in the passive', () => {
    expect(kinds('The sprinter Ayo Bello is coached by Pieter Claes in a cold Antwerp winter.')).toContain(
      'Ayo Bello-Pieter Claes:mentor',
    );
    expect(kinds('In Tallinn, the clerk Mart blackmailed Jaan for a decade.')).toContain('Mart-Jaan:enemy');
  });

  it('ties the agent of an opening clause to the person who opens the main clause', () => {
    expect(
      kinds('Jilted by the fiddler Conor Hale, seamstress Aoife Byrne takes the night boat to Liverpool.'),
    ).toEqual(['Conor Hale-Aoife Byrne:romantic']);
  });

  it('makes people set against each other in a contest rivals, and against each other elsewhere enemies', () => {
    expect(kinds("Bruna reaches the chess final in Recife against her old teacher's son, Caio.")).toContain(
      'Bruna-Caio:rivalry',
    );
    expect(kinds('Bruna testifies against the smuggler Caio in Recife.')).toContain('Bruna-Caio:enemy');
  });

  it('reads a passive courtship and a pair who grew up together', () => {
    expect(kinds('In Vienna the heiress Clara Brandt is courted by a clerk, Emil Vogel.')).toContain(
      'Clara Brandt-Emil Vogel:romantic',
    );
    expect(kinds('Amadou Diallo and Seydou Traoré grew up together in Bamako.')).toEqual([
      'Amadou Diallo-Seydou Traoré:friendship',
    ]);
  });

  it('makes two people named together a couple when the idea speaks of their divorce', () => {
    expect(kinds('A decade after their divorce, Ilse and Marta run the same ferry kiosk in Kiel.')).toEqual([
      'Ilse-Marta:romantic',
    ]);
  });

  it("reads the bond after the second name's possessive in an appositive", () => {
    expect(
      kinds("The painter Zofia, who was once Bruno Kessler's wife, returns to his studio in Graz."),
    ).toContain('Zofia-Bruno Kessler:romantic');
  });

  it('lets a plural phrase after a pair describe both', () => {
    expect(kinds('Dario and Femi, rival sommeliers in Lyon, chase the same lost vintage.')).toEqual([
      'Dario-Femi:rivalry',
    ]);
  });

  it('lets a verb between two people decide before a neighbour does', () => {
    expect(kinds('Greta competes against her neighbour Henrik over a hedge in Malmö.')).toContain(
      'Greta-Henrik:rivalry',
    );
    expect(kinds('Greta bakes bread with her neighbour Henrik in Malmö.')).toEqual([
      'Greta-Henrik:friendship',
    ]);
  });

  it('gives a possessive verb to the person the pronoun means', () => {
    expect(kinds("Tariq's niece Samira will not come to his wedding to Leonie in Rabat.")).toContain(
      'Tariq-Leonie:romantic',
    );
  });

  it('ties a hired killer to the lead as an enemy even without a verb between them', () => {
    expect(
      kinds('The accordionist Luca Bassi hides from Sergei Volkov, the hitman his old boss sent.'),
    ).toContain('Luca Bassi-Sergei Volkov:enemy');
  });

  it('reads a bond said after the name with "as her"', () => {
    expect(kinds('The baker Odile takes a runaway, Yannick, on as her apprentice in Lille.')).toContain(
      'Odile-Yannick:mentor',
    );
  });

  it('ties the lead to someone whose description says what they are to anyone', () => {
    expect(
      kinds('On her wedding day in Bari, Carla learns that her friend Nina loves the groom, Paolo.'),
    ).toContain('Carla-Paolo:romantic');
    expect(
      kinds(
        'The rancher Wes and his son Cody hide from Victor Dunn, the bounty hunter who has been chasing them.',
      ),
    ).toContain('Wes-Victor Dunn:enemy');
  });

  it("does not take someone else's bond for the lead's", () => {
    const found = kinds(
      'The boxer Arvo lives in Tartu, and one day Liis, the daughter of his old rival, turns up.',
    );
    const tie = found.filter((r) => r.startsWith('Arvo-Liis:'));
    expect(tie).toHaveLength(1);
    expect(tie[0]).not.toBe('Arvo-Liis:family');
  });

  it('reads a bond the person takes on later in the sentence, past an appositive', () => {
    expect(
      kinds(
        'The old jockey Seamus mucks out stables until Orla, the niece of his landlord, gets him riding and becomes his trainer.',
      ),
    ).toContain('Seamus-Orla:mentor');
  });

  it('reads a grandad as family, and no tie to the lead from "the wealthy widow"', () => {
    expect(kinds("Wiremu agrees to coach her grandad Hone's darts team in Napier.")).toContain(
      'Wiremu-Hone:family',
    );
    const conned = kinds('The conman Rui and his partner Bea fleece the wealthy widow, Delphine, in Nice.');
    expect(conned).not.toContain('Rui-Delphine:romantic');
  });
  it("does not bind the first person's own appositive bond to the next person", () => {
    expect(
      kinds("Liu Dezhong challenges Zhao Wenjun, his rival, to a duel at his daughter Meimei's wedding."),
    ).toEqual(['Liu Dezhong-Zhao Wenjun:rivalry', 'Liu Dezhong-Meimei:family']);
  });
  it('reads an enemy in "the man who burned her village" and not in a verb done to "her"', () => {
    expect(
      kinds(
        'The orphan Sun Li is taken in by Master Fong, a boxer, who trains her to face General Hao, the man who burned her village.',
      ),
    ).toEqual(['Sun Li-Fong:mentor', 'Sun Li-Hao:enemy']);
  });

  it('binds every member of a list of three to every other', () => {
    expect(
      kinds('The four Novak sisters, Ilka, Vera and Zora, sell the family vineyard outside Brno.'),
    ).toEqual(['Ilka-Vera:family', 'Ilka-Zora:family', 'Vera-Zora:family']);
    expect(
      kinds(
        'four lads who grew up together on one estate, Sami, Rhys and Olly, reunite in Leeds for a stag do.',
      ),
    ).toEqual(['Sami-Rhys:friendship', 'Sami-Olly:friendship', 'Rhys-Olly:friendship']);
  });

  it('reads a tie said after "a", but not a job', () => {
    expect(
      kinds('In a Cornish boatyard the shipwright Edith Penrose takes on a timid apprentice, Bram.'),
    ).toEqual(['Edith Penrose-Bram:mentor']);
    // "a nurse" is a job, so no words state the tie: its kind is only the fallback guess from the idea's words.
    const [tie, ...more] = extractIdeaBrief(
      'In Falmouth, Edith Penrose meets a nurse, Ada Lyle, at the quay.',
    ).relations;
    expect(more).toEqual([]);
    expect(tie).toMatchObject({ a: 'Edith Penrose', b: 'Ada Lyle', words: '' });
  });

  it('reads a bond said before the name it turns out to be', () => {
    expect(
      kinds(
        'The widow Marit Vik keeps a guesthouse in Bergen. Her lodger this winter is a silent welder called Tor Lund.',
      ),
    ).toEqual(['Marit Vik-Tor Lund:professional']);
  });

  it('ties a person to the owner of a pronoun in the clause after them', () => {
    expect(
      kinds(
        "The florist Ines Baptista plans a stranger's wedding in Porto, and the best man Rui is the guy who jilted her in college.",
      ),
    ).toEqual(['Ines Baptista-Rui:romantic']);
    expect(
      kinds(
        'The old ferryman Aurel shares his hut in Tulcea with Maud, the wife of his nephew, while the nephew is at sea.',
      ),
    ).toEqual(['Aurel-Maud:family']);
  });

  it('does not give a possessive to the person whose appositive holds it', () => {
    expect(
      kinds(
        'Swim coach Ruth Kane agrees to coach Ivy Moss, the niece of her bitter rival Greta Moss, before the trials in Leeds.',
      ),
    ).toEqual(['Ruth Kane-Greta Moss:rivalry', 'Ruth Kane-Ivy Moss:mentor', 'Ivy Moss-Greta Moss:family']);
  });

  it("reads a pair's tie in the next sentence when they are its subject", () => {
    expect(
      kinds(
        'Two tailors, Abel and Cyrus, keep shops across one lane in Naples. For decades they compete for every wedding suit.',
      ),
    ).toEqual(['Abel-Cyrus:rivalry']);
  });

  it('gives a plural verb to the whole group, and a singular one to its last member', () => {
    expect(
      kinds('Old friends Lev and Isak hunt down Kasper Vey, the fence who cheated them, across Gdansk.'),
    ).toEqual(['Lev-Isak:friendship', 'Isak-Kasper Vey:enemy', 'Lev-Kasper Vey:enemy']);
    expect(kinds('Old friends Lev and Isak argue while Isak hunts Kasper Vey across Gdansk.')).not.toContain(
      'Lev-Kasper Vey:enemy',
    );
  });

  it("makes a family title the lead's family, but not a title a cleric bears too", () => {
    expect(kinds('Teenage Dario spends the summer in Tampa with Uncle Vito, who runs a pawn shop.')).toEqual([
      'Dario-Vito:family',
    ]);
    expect(
      kinds(
        'A young nun, Sister Clare, arrives at a convent in Umbria, where the abbess, Mother Ottavia, watches her.',
      ),
    ).toEqual(['Clare-Ottavia:professional']);
  });

  it("ends a verb's reach at a line of a list, and reads a bond of two words", () => {
    expect(
      kinds('- buddy comedy\n- Lagos\n- Tayo: a chef who secretly hates cooking\n- Kunle: his landlord'),
    ).not.toContain('Tayo-Kunle:enemy');
    expect(
      kinds('Sci-fi. Ensign Mara Voss and her commanding officer, Captain Idris Kell, hunt a signal.'),
    ).toEqual(['Mara Voss-Idris Kell:professional']);
  });

  it('reads a bond to someone named, said after "who is" or before the name with "of"', () => {
    expect(kinds("Ravi and his friend Omar both love Lena, who is Omar's cousin.")).toContain(
      'Omar-Lena:family',
    );
    expect(kinds('Aldo and Bruno feud. The nephew of Bruno, Carlo, loves Dina.')).toContain(
      'Bruno-Carlo:family',
    );
  });

  it('reads what a pair are to each other from a bond noun after "are"', () => {
    expect(kinds('Edda and Frida are sworn enemies.')).toEqual(['Edda-Frida:enemy']);
  });

  it('ties the subject of a clause about someone, and the person a pronoun object points to', () => {
    expect(kinds('The stranger is Piet Laan, the man Gus vowed to kill.')).toContain('Gus-Piet Laan:enemy');
    expect(kinds('Mira falls for Jonas Berg, a sailor. Her brother, Aksel, hates him.')).toContain(
      'Jonas Berg-Aksel:enemy',
    );
  });

  it('points a possessive at the person named last before it, by any mention', () => {
    expect(
      kinds(
        "Greta and her friends Ute and Lotte rob a bank that took Greta's farm, and her grandson Max is the detective.",
      ),
    ).toContain('Greta-Max:family');
  });

  it('reads "vs.", a pair who turn into rivals, and a bond said with "has been"', () => {
    expect(kinds('Action. Ex-cop Rafe Dunn vs. Ivo Kral on a night ferry.')).toEqual([
      'Rafe Dunn-Ivo Kral:rivalry',
    ]);
    expect(kinds('Two dancers from one studio, Lev Orlov and Nina Popa, turn into bitter rivals.')).toEqual([
      'Lev Orlov-Nina Popa:rivalry',
    ]);
    expect(kinds("Asha Rao has been Mira's best friend since school.")).toContain('Mira-Asha Rao:friendship');
  });

  it('reads a counted bond noun before a list, a rival described by a job, and the lead tied to a whole group', () => {
    expect(kinds('Two brothers from Cork, Ireland, Con and Ned Hayes, enlist on one day.')).toContain(
      'Con-Ned Hayes:family',
    );
    expect(kinds('Kenji comes home to fight off a takeover by the rival brewer Aiko Mori.')).toEqual([
      'Kenji-Aiko Mori:rivalry',
    ]);
    expect(
      kinds('A film about Greta, a foster mother, and the two brothers she takes in, Omid and Sina.'),
    ).toEqual(expect.arrayContaining(['Greta-Omid:family', 'Greta-Sina:family']));
  });

  it('reads a best mate as a friend, and a counted bond noun before a list set off by a dash', () => {
    expect(kinds('My dad, Wal, and his best mate Col built a boat.')).toContain('Wal-Col:friendship');
    expect(kinds('Three sisters from Oporto — Ana, Rita and Sara — open a bakery.')).toEqual(
      expect.arrayContaining(['Ana-Rita:family', 'Rita-Sara:family']),
    );
  });

  it('makes people who share a family name family, and reads a kin phrase that points forward by that name', () => {
    expect(kinds('Nell Ashby runs a ferry. A stranger, Rob Ashby, wants it.')).toContain(
      'Nell Ashby-Rob Ashby:family',
    );
    expect(
      kinds(
        'When her father, Tobias Vell, dies owing money to a loan shark called Declan, Mina Vell flies home.',
      ),
    ).toEqual(expect.arrayContaining(['Mina Vell-Tobias Vell:family']));
  });

  it('reads a verb with an adverb inside it, a pronoun subject, and a bond denied only as "real"', () => {
    expect(kinds("Tessa, seventeen, falls hard for the baker's son, Milo Grant.")).toEqual([
      'Tessa-Milo Grant:romantic',
    ]);
    expect(
      kinds(
        'A widow, Ada Crane, runs a store. When Cyrus Vane tries to buy her out, she hires a drifter — Lon Pike.',
      ),
    ).toContain('Ada Crane-Lon Pike:professional');
    expect(kinds("Nobody in Cadiz knows that Pilar isn't Ramón's real aunt.")).toEqual([
      'Ramón-Pilar:family',
    ]);
  });

  it('reads ties said with pronouns: a who-clause before the name, a later verb, and a pronoun on each side', () => {
    expect(
      kinds('A courier, Temur, rides to Bukhara. The man who taught him to shoot as a boy, Rustam, waits.'),
    ).toEqual(['Temur-Rustam:mentor']);
    expect(
      kinds(
        'Yvo sells crêpes on one corner. Then Marthe opens a stall across the street, undercuts him, and wins.',
      ),
    ).toEqual(['Yvo-Marthe:rivalry']);
    expect(
      kinds('Nobody in town remembers Dario. Years ago Greta found him on the quay. She raised him alone.'),
    ).toEqual(['Greta-Dario:family']);
  });

  it('reads a pair said with "and" and a phrase for one, a list with a title, a widow, and a villain', () => {
    expect(kinds("A dance teacher, Tomás, and the consul's daughter, Ines Wray, fall in love.")).toEqual([
      'Tomás-Ines Wray:romantic',
    ]);
    expect(kinds('Three friends from Arica — Beto, Lina and old Don Ramiro — rob a casino.')).toEqual(
      expect.arrayContaining(['Beto-Lina:friendship', 'Beto-Ramiro:friendship']),
    );
    expect(kinds('A pub team captained by Gwen Holt (60, widow, fierce) who taught Shan to throw.')).toEqual([
      'Gwen Holt-Shan:mentor',
    ]);
    expect(kinds('Tomas, a shepherd, defies the ruthless landlord Corvin.')).toEqual(['Tomas-Corvin:enemy']);
    expect(kinds('Three dockers — Jean, Rémi and Luc — find gold.')).toEqual(
      expect.arrayContaining(['Jean-Rémi:professional']),
    );
  });

  it("makes the teller's kin family to each other, and the people a counting sentence introduces", () => {
    expect(
      kinds(
        'My father Emil ran a ferry in Split. A sailor, Ante, came aboard. My uncle Jure never trusted him.',
      ),
    ).toContain('Emil-Jure:family');
    expect(kinds('Two brothers. One boat. Kofi wants to sell it, Yaw will not.')).toEqual([
      'Kofi-Yaw:family',
    ]);
  });

  it('reads the part a label gives someone, and lessons given or taken', () => {
    expect(
      kinds('noir. Detroit, 1952. PI Sal Greco. client = Lorna Vane, a torch singer at the Blue Room.'),
    ).toContain('Sal Greco-Lorna Vane:professional');
    expect(kinds('- Lead: Ana Ruiz, 30\n- Love interest: Tomas\n- Villain: Kross')).toEqual([
      'Ana Ruiz-Tomas:romantic',
      'Ana Ruiz-Kross:enemy',
    ]);
    expect(kinds('Vienna, 1938. The violinist Max Adler gives lessons to Lotte Brenner.')).toEqual([
      'Max Adler-Lotte Brenner:mentor',
    ]);
  });

  it("ties the lead to someone their own sentence names though that one's bond to another came first", () => {
    const idea =
      "Mara Lund is the best diver in the harbour, but the yard's owner, Olaf Berg, won't hire a woman. " +
      "Olaf's son Nils offers her a place on his boat.";
    // No word names the second tie, so its kind is the guess's (see tie-kind-guess.test.ts), never "other".
    expect(kinds(idea)).toEqual(['Olaf Berg-Nils:family', expect.stringMatching(/^Mara Lund-Olaf Berg:/)]);
    expect(kinds(idea)).not.toContain('Mara Lund-Olaf Berg:other');
  });

  it('reads "is the daughter of his teammate" as a bond to the teammate, not to whoever "his" is', () => {
    const idea =
      'Former striker Gil Sousa coaches a girls team in Braga and finds that his best defender, Rita, is the ' +
      'daughter of his old teammate Beto.';
    expect(kinds(idea)).not.toContain('Gil Sousa-Rita:family');
  });

  it('takes no job said with "a" right after a name for a tie ("Omar, a bus driver, falls for Lina")', () => {
    expect(
      kinds('Alexandria, 1962. Omar, a bus driver, falls for Lina, a pianist from the conservatory.'),
    ).toEqual(['Omar-Lina:romantic']);
  });

  it('reads a professor as a mentor ("his old professor Ebba Lind")', () => {
    const professor = extractIdeaBrief(
      'Lars Holm, a shy chemist, asks his old professor Ebba Lind for help.',
    );
    expect(professor.relations.map((r) => `${r.a}-${r.b}:${r.kind}:${r.words}`)).toEqual([
      'Lars Holm-Ebba Lind:mentor:his old professor',
    ]);
  });

  it('reads "their" kin as kin of both siblings ("Ana … her sister Bea … Their grandmother Rosa")', () => {
    const idea =
      'Lisbon, 1975. Ana Reis sells fish at the market. Her younger sister Bea sings fado at night. ' +
      'Their grandmother Rosa keeps the family boat.';
    expect(kinds(idea)).toEqual(
      expect.arrayContaining(['Ana Reis-Bea:family', 'Bea-Rosa:family', 'Ana Reis-Rosa:family']),
    );
  });

  it('reads a relation verb between later mentions of two people ("… Brann\'s daughter Ilse marries Tor")', () => {
    const idea =
      "A smith, Brann, trains a shepherd boy, Tor, who robs him. Brann's daughter Ilse marries Tor anyway.";
    expect(kinds(idea)).toContain('Ilse-Tor:romantic');
  });

  it('takes no later verb for a tie when its object is another phrase or the name only owns it', () => {
    expect(kinds('Pavo sells fish. Later Pavo owes money to some bad men and Jurek pays.')).not.toContain(
      'Pavo-Jurek:enemy',
    );
    expect(
      kinds("Comedy: her boss Vesna sets Milan up. Milan is dating Vesna's assistant, Dora, in secret."),
    ).not.toContain('Milan-Vesna:romantic');
  });

  it('reads a bond said before a description and a comma ("Ilse\'s lover is a foreign diplomat, Pavel Orlov")', () => {
    expect(
      kinds("Thriller: an engineer, Sven Dahl, learns that Ilse's lover is a foreign diplomat, Jurek Baran."),
    ).toContain('Ilse-Jurek Baran:romantic');
  });

  it('knows more words for a working tie ("her second-in-command Booker", "his co-pilot Ines")', () => {
    expect(
      kinds('Moon base. Ezra, a welder, and his ex-wife Tala Reyes, with her second-in-command Brook Odum.'),
    ).toContain('Tala Reyes-Brook Odum:professional');
  });

  it('reads "has just married her mother, Nessa" as a marriage, and no tie past a reason ("to kill for … his wife, Dalva")', () => {
    expect(
      kinds(
        'DCI Orla Kerr reopens a case: its suspect, the ferryman Ruari Dunn, has just married her mother, Nessa.',
      ),
    ).toContain('Ruari Dunn-Nessa:romantic');
    expect(
      kinds(
        'A pilot, Caio, ferries a wanted man. The man is Lauro Pires, whom Caio swore to kill for running off with his wife, Ilda.',
      ),
    ).not.toContain('Caio-Ilda:enemy');
  });
});
