// What each capitalised name of an idea is: initials join a name, ships and bands are no people, word-names are.
import { describe, expect, it } from 'vitest';
import { ideaNames } from '../../../../../src-main/brains/offline/language/idea-names';

const named = (idea: string) => ideaNames(idea).names.map((n) => `${n.kind}:${n.name}`);

describe('ideaNames', () => {
  it('joins initials to the name after them, with or without a title', () => {
    expect(named('Dr. T. Mbeki and Inspector A. J. Khan question a witness in Durban.')).toEqual([
      'person:T. Mbeki',
      'person:A. J. Khan',
      'place:Durban',
    ]);
  });

  it('reads a ship one is aboard as a place, a band and a firm as no person', () => {
    expect(named('Aboard the Santa Lucia, the Red Foxes play while Nkem works for Orbis Labs.')).toEqual([
      'place:Santa Lucia',
      'object:Red Foxes',
      'person:Nkem',
      'object:Orbis Labs',
    ]);
  });

  it('reads a name right after a kind of vessel as the vessel, unless a verb follows the name', () => {
    expect(named('Aboard the trawler Dorothea out of Hull, deckhand Ruairi Kane sees a light.')).toEqual([
      'place:Dorothea',
      'place:Hull',
      'person:Ruairi Kane',
    ]);
    expect(named('On the ferry Agnieszka meets Tomek.')).toEqual(['person:Agnieszka', 'person:Tomek']);
    expect(named('Her coach Birgit Holm trains Lene in Bergen.')).toContain('person:Birgit Holm');
  });

  it('reads a name opening the idea with a year after it as where the story is set', () => {
    expect(named('Mystery — Dallas, 1962. A widow, Opal, hires a lawyer.')).toContain('place:Dallas');
    expect(named('Leonie, 1982 born, paints in Ghent.')).toContain('person:Leonie');
  });

  it('reads a town after "rides for" or "flees for" as where one goes, not whom one works for', () => {
    expect(named('At dawn Rafa rides for Sandrock.')).toEqual(['person:Rafa', 'place:Sandrock']);
    expect(named('Marta flees for Kesselbrunn with her son.')).toContain('place:Kesselbrunn');
  });

  it('reads a known town after "a" as a place', () => {
    expect(named('Nuno owes money to a Marseille loan shark called Abel.')).toContain('place:Marseille');
  });

  it('drops a job written before a name and an episode label from the name', () => {
    expect(named('Thriller: Detective Inspector Maeve Doyle hunts a forger in Cork.')).toEqual([
      'person:Maeve Doyle',
      'place:Cork',
    ]);
    expect(named('Ep. 2 — nurse Ayodele Ojo meets a ghost.')).toEqual(['person:Ayodele Ojo']);
  });

  it('keeps a first name that is an English word where it names someone', () => {
    expect(named('Mercy runs a laundromat; her son Will is a drummer.')).toEqual([
      'person:Mercy',
      'person:Will',
    ]);
    expect(named('Patience and her brother Ode sail to Lagos.')).toContain('person:Patience');
    expect(named('Will they ever leave Leeds?')).toEqual(['place:Leeds']);
  });

  it('reads a lone first name after "in" as the town, unless it owns what follows', () => {
    expect(named('Nadia coaches a chess club in Tyler.')).toContain('place:Tyler');
    expect(named("Nadia hides in Tyler's attic.")).not.toContain('place:Tyler');
  });

  it('keeps the place name as written, its abbreviation point included', () => {
    expect(named('At St. Jude Hospital in Memphis, Rufus waits.')).toContain('place:St. Jude Hospital');
  });

  it('reads a name between a determiner and a noun as what kind or where, not who', () => {
    expect(named('Tove passes secrets to her Stasi handler, Major Lenz.')).toEqual([
      'person:Tove',
      'object:Stasi',
      'person:Lenz',
    ]);
    expect(named('A Lisbon chef, Duarte, quits.')).toContain('place:Lisbon');
  });

  it('reads a club one is at as a place, a firm one works for as no place', () => {
    expect(named('Ruth sings at the Copper Club.')).toContain('place:Copper Club');
    expect(named('Ruth works for Halden Records.')).toContain('object:Halden Records');
  });

  it('reads a destination after "bound for", a town owning its one undertaker, a person after "until"', () => {
    expect(named('A freighter bound for Kestrel Nine carries Ama.')).toContain('place:Kestrel Nine');
    expect(named("Varnahalli's only locksmith, Devika, retires.")).toEqual([
      'place:Varnahalli',
      'person:Devika',
    ]);
    expect(named("Rosa's only son Tiago leaves.")).toEqual(['person:Rosa', 'person:Tiago']);
    expect(named('Bo waits until Ingeborg, the daughter of his rival, arrives.')).toContain(
      'person:Ingeborg',
    );
    expect(named('They dance until Carnival in Recife.')).toContain('object:Carnival');
  });

  it('reads a feast or holiday as no person and no place, whole when it has several words', () => {
    expect(named('Odhran comes home for Christmas to Sligo.')).toEqual([
      'person:Odhran',
      'object:Christmas',
      'place:Sligo',
    ]);
    expect(named("On New Year's Eve in Quito, Inti waits for the Day of the Dead.")).toEqual([
      'place:Quito',
      'person:Inti',
    ]);
  });
  it('reads a name ending in a kind of place from the brief\'s list as a place ("the Ember Citadel")', () => {
    const { names } = ideaNames('Prince Aldo must reach the Ember Citadel before his uncle Osric.');
    expect(names.map((n) => `${n.name}:${n.kind}`)).toEqual([
      'Aldo:person',
      'Ember Citadel:place',
      'Osric:person',
    ]);
  });

  it('reads a vessel noun after "to" as a verb, and a capitalised word between "a former" and a job as a modifier', () => {
    expect(named('Coach Nell Ames, a former Olympic rower, agrees to train Pia Holt in Perth.')).toEqual([
      'person:Nell Ames',
      'object:Olympic',
      'person:Pia Holt',
      'place:Perth',
    ]);
  });

  it('reads a short genre label standing as its own sentence, and a rig named after its noun', () => {
    expect(named('Buddy comedy. Aging roadies Fitz and Dora drive a stolen tour bus to Memphis.')).toEqual([
      'person:Fitz',
      'person:Dora',
      'place:Memphis',
    ]);
    expect(named('Mystery on the drilling rig Osprey, far out in the North Sea.')).toContain('place:Osprey');
  });

  it('reads a month before a year as a date, and the town before it as the place', () => {
    expect(named('Hanoi, March 1968. The printer Vu Tam hides a radio in his shop.')).toEqual([
      'place:Hanoi',
      'person:Vu Tam',
    ]);
  });

  it('reads the titles of a pitch comparison as no people', () => {
    expect(named('Think Heat meets Little Women. Four sisters rob banks in Ohio.')).toEqual(['place:Ohio']);
  });

  it('reads a name of several words after "the" as a venue, unless a title or a first name is in it', () => {
    expect(named('The barman Sal Reyes pours at the Green Lantern in Baltimore.')).toContain(
      'place:Green Lantern',
    );
    expect(named('The hexer Odile steals from her grandmother, the High Witch Morwenna.')).toContain(
      'person:High Witch Morwenna',
    );
  });

  it("reads the few places written in capitals, and keeps a saint's possessive in a place", () => {
    expect(named('Pulp. NYC, 1977. A cabbie named Rocco Lenz drives through the blackout.')).toEqual([
      'place:NYC',
      'person:Rocco Lenz',
    ]);
    expect(named("A choir rehearses at St Mary's in Leeds.")).toEqual(["place:St Mary's", 'place:Leeds']);
  });

  it('reads a word that opens a place name in any language as a place, typed in lower case too', () => {
    expect(named('Nina sings at Teatro Valmonte and lives on Piazza delle Rane.')).toEqual([
      'person:Nina',
      'place:Teatro Valmonte',
      'place:Piazza delle Rane',
    ]);
    expect(named('Tomás keeps a bar on calle de la Luna in Seville.')).toContain('place:calle de la Luna');
    expect(named('Lalo, a Puerto Rican cook, opens a diner.')).not.toContain('place:Puerto Rican');
    expect(named('Dr. Hanne Berg works at a hospital of Tromsø.')).not.toContain('place:hospital of Tromsø');
  });

  it('reads a hospital named with a title, a dateline and the number of a pier', () => {
    expect(named('Nurse Dee Okoro works nights at Mercy General in Tulsa.')).toContain('place:Mercy General');
    expect(named('Bath, 1799. The widow Agatha Frome takes a lodger.')).toContain('place:Bath');
    expect(named('Ostia, August. Livio mends nets.')).toEqual(['place:Ostia', 'person:Livio']);
    expect(named('Dock worker Sal Greco finds a crate at Pier 12.')).toContain('place:Pier 12');
  });

  it('leaves out the reader and the sender of an idea pasted from a letter', () => {
    expect(named('Hi Odette — here it is. A ferryman, Piet, hides a stranger. Best, Rolf')).toEqual([
      'person:Piet',
    ]);
    expect(named('Dear Prof. Amal, my logline: a nurse, Ines, runs away.\nThank you,\nKaro B.')).toEqual([
      'person:Ines',
    ]);
  });

  it('reads the names of ships, venues, palaces and hotels, and a place in a dateline or after its kind', () => {
    expect(named('On the liner RMS Tavistock, a card sharp, Flynn Doyle, works.')).toContain(
      'place:RMS Tavistock',
    );
    expect(named('In a rooftop bar, La Terraza del Sol, Wil Osp pours drinks.')).toContain(
      'place:La Terraza del Sol',
    );
    expect(named('Port Vane, Isla Beatriz, 1720. Anne Colbert takes a brig.')).toContain(
      'place:Isla Beatriz',
    );
    expect(named('Frenchtown, New Orleans, 1917: a pianist, Clem Roy, learns.')).toContain(
      'place:Frenchtown',
    );
    expect(named('Kostas is a fisherman from island Spetses.')).toContain('place:Spetses');
    expect(named('Two prodigies from the same Pioneer Palace, Lev and Nina, fight.')).toContain(
      'place:Pioneer Palace',
    );
    expect(named('Her husband left the Ambassador Hotel.')).toEqual(['place:Ambassador Hotel']);
    expect(named('Detective Hall meets Ann.')).toEqual(['person:Hall', 'person:Ann']);
  });

  it('reads no person in a label, an age, or a firm of two surnames', () => {
    expect(named('- Genre: western\n- Leads: Ramona Ibáñez (mule driver)')).toEqual(['person:Ramona Ibáñez']);
    expect(named('Samurai film, Edo period. A ronin, Jubei, teaches Osen.')).toEqual([
      'person:Jubei',
      'person:Osen',
    ]);
    expect(named('She cleans the offices of Halvorsen & Dahl in Oslo.')).toEqual(['place:Oslo']);
    expect(named('Two brothers, Olek & Marek, inherit a bar.')).toEqual(['person:Olek', 'person:Marek']);
  });

  it('reads a brand or a quoted work as no person, and a district after its town or a village before its county', () => {
    expect(named('30s spot for Marden Tea. An old porter, Ilie, shares his flask.')).toEqual(['person:Ilie']);
    expect(named("video for our band's song 'Salt Moon'. our singer Maisie walks the pier.")).toEqual([
      'person:Maisie',
    ]);
    expect(named('Open on a tram stop in Lisbon, Alfama. An old fisherman, Tomás, waits.')).toContain(
      'place:Alfama',
    );
    expect(named('Mockumentary. Cheddleton (Staffordshire) tries to win a prize.')).toContain(
      'place:Cheddleton',
    );
    expect(named('In the pleasure quarter of Yoshiwara, a courtesan named Hanaogi waits.')).toContain(
      'place:Yoshiwara',
    );
  });

  it('reads the stops of a route, a place people call by a name, a ship with a prefix, and a compass side', () => {
    expect(named('Oslo → Vikna → Skarra. A father, Leif, drives north.')).toEqual([
      'place:Oslo',
      'place:Vikna',
      'place:Skarra',
      'person:Leif',
    ]);
    expect(named('A penguin, Tup, lives on an iceberg everyone calls Big Floe.')).toContain('place:Big Floe');
    expect(named('The icebreaker KV Hallvard is frozen in north of Tromsø.')).toEqual([
      'place:KV Hallvard',
      'place:Tromsø',
    ]);
    expect(named('Ulla drives south of Aldbury with Tom.')).toContain('place:Aldbury');
  });

  it('reads a month after a word of time, a student of a people, a foreign street and a station by its name', () => {
    expect(named('Kim wants her gone to Leeds by June.')).not.toContain('person:June');
    expect(named('Inspector Omar Said and an English Egyptologist, Lady Iris Hale, meet.')).toEqual([
      'person:Omar Said',
      'person:Iris Hale',
    ]);
    expect(named('Emre sells tea on Bağdat Caddesi and the whole of Kadıköy knows him.')).toEqual([
      'person:Emre',
      'place:Bağdat Caddesi',
      'place:Kadıköy',
    ]);
    expect(named('- orbital station Vesta, then a mining town on Ceres')).toContain('place:Vesta');
  });

  it('reads a name set after a kind of place by a comma as that place', () => {
    expect(
      named('Thriller — an oil rig in the North Sea, the Morgan Alpha, off Aberdeen. Ruth Obi finds cracks.'),
    ).toEqual(['place:North Sea', 'place:Morgan Alpha', 'place:Aberdeen', 'person:Ruth Obi']);
  });

  it('reads a list that holds a place as a list of places, unless its names are people', () => {
    expect(
      named(
        'A cab loops through Lyon every night — Croix-Rousse, La Guillotière, Perrache station — and Eli drives.',
      ),
    ).toEqual(expect.arrayContaining(['place:Croix-Rousse', 'place:La Guillotière']));
    expect(named('Two old men in a home in Ayr, Hamish and Dougal, who were rivals.')).toEqual(
      expect.arrayContaining(['person:Hamish', 'person:Dougal']),
    );
  });

  it('reads a route said alone with "to", and a side of the compass before a place', () => {
    expect(named('Two sisters fall out. Kumasi to Leeds.')).toEqual(['place:Kumasi', 'place:Leeds']);
    expect(named('Spy story. East Berlin, 1963. Gerd watches.')).toEqual([
      'place:East Berlin',
      'person:Gerd',
    ]);
  });

  it("reads a machine's model name with digits, and no deity as a person", () => {
    expect(
      named('Pilot Ada Kiel flies a barge when her co-pilot, a droid named VEGA-4, starts asking about God.'),
    ).toEqual(['person:Ada Kiel', 'person:VEGA-4']);
    expect(named("The night porter Ito befriends ORIN-2, the inn's clumsy robot.")).toEqual(
      expect.arrayContaining(['person:ORIN-2']),
    );
  });
  it('reads a town name doing something to her or his own people as a person', () => {
    expect(named('Dallas takes her nephew Odell from Tulsa to Reno.')).toEqual([
      'person:Dallas',
      'person:Odell',
      'place:Tulsa',
      'place:Reno',
    ]);
    expect(named('In Dallas her nephew Odell sings.')).toEqual(['place:Dallas', 'person:Odell']);
  });

  it('reads a name of several words before people in the plural as their kind, not a person', () => {
    expect(named('Three Kyokushin Karate fighters from Osaka, Ren and Dai, train.')).toEqual([
      'object:Kyokushin Karate',
      'place:Osaka',
      'person:Ren',
      'person:Dai',
    ]);
  });

  it("reads a name owning a Day as a feast, and a name dashed to a known town as the route's other end", () => {
    expect(named("On Founders' Day in Quito, Amaru sells bread.")).toEqual(['place:Quito', 'person:Amaru']);
    expect(named('Nell drives Lusaka–Mwinilunga twice a week.')).toEqual([
      'person:Nell',
      'place:Lusaka',
      'place:Mwinilunga',
    ]);
  });
  it('keeps a Korean given name whose syllables are short, even when the last is an English word', () => {
    expect(named('In Mokpo, Baek Seung-ho meets Yoon Ji-hoon.')).toEqual([
      'place:Mokpo',
      'person:Baek Seung-ho',
      'person:Yoon Ji-hoon',
    ]);
    expect(named('Nell meets a Victorian-era ghost in Hull.')).toEqual(['person:Nell', 'place:Hull']);
  });

  it("reads a town's name as a person's after a word for a person or before an appositive about one", () => {
    expect(named('Sydney, a retired crane operator from Hull, takes in a lodger.')).toEqual([
      'person:Sydney',
      'place:Hull',
    ]);
    expect(named('He drives his youngest daughter Dallas to Tulsa.')).toEqual([
      'person:Dallas',
      'place:Tulsa',
    ]);
    // After "in", the appositive is the next name's.
    expect(named('At a café in Lyon, a night porter, Anselme, sings.')).toEqual([
      'place:Lyon',
      'person:Anselme',
    ]);
  });

  it('reads a word after a capitalised title as a name, and a label on the next line as no part of it', () => {
    expect(named('The novice Sister Hope hears a confession in Cork.')).toEqual([
      'person:Hope',
      'place:Cork',
    ]);
    expect(named('- Detective Grace Obi\nPlot: a body turns up in Leeds.')).toEqual([
      'person:Grace Obi',
      'place:Leeds',
    ]);
  });

  it('reads a firm of three letters written as a name as a person, and plural kinds of land as places', () => {
    expect(named('Tiko plays bass and Esa, who joined late, plays drums.')).toEqual([
      'person:Tiko',
      'person:Esa',
    ]);
    expect(named('They cross the Salt Wastes to reach the sky-city of Veloth.')).toEqual([
      'place:Salt Wastes',
      'place:Veloth',
    ]);
  });

  it("reads names in a pitch's comparison or its title line as no one, but keeps the story after a title", () => {
    expect(named('Tone: Rocky meets Big.')).toEqual([]);
    expect(named('TITLE: Ossuary\nLOGLINE: a gravedigger, Ines, finds a ring in Porto.')).toEqual([
      'person:Ines',
      'place:Porto',
    ]);
    expect(named('Working title: SALT. A welder named Tova Kask restores a trawler.')).toEqual([
      'person:Tova Kask',
    ]);
  });

  it('reads a genre line as naming no one, up to the end of its sentence or a slash', () => {
    expect(named('LOGLINE: a cook, Ines, opens a bar in Porto.\nGENRE: Sports comedy.')).toEqual([
      'person:Ines',
      'place:Porto',
    ]);
    expect(named('GENRE: western / TITLE: Dry Gulch / Marshal Abel Kane rides into Dry Gulch.')).toContain(
      'person:Marshal Abel Kane',
    );
  });

  it("reads a number of days or miles after a vessel's name as a distance, not its age", () => {
    expect(named('On the cargo ship Orsolya, 40 days out, a cook finds a stowaway.')).toEqual([
      'place:Orsolya',
    ]);
    expect(named('Kemi, 19, gets a job in Lagos.')).toEqual(['person:Kemi', 'place:Lagos']);
  });

  it('leaves what someone used to be ("Ex-Marine") out of the name', () => {
    expect(named('Ex-Marine Dana Kolb guards a mine in Utah.')).toEqual(['person:Dana Kolb', 'place:Utah']);
  });
});
