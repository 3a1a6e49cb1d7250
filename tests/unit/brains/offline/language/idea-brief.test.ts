// The idea brief: people with their cues and bonds, places, period, genre and premise, read from an idea.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief, mergeBriefs } from '../../../../../src-main/brains/offline/language/idea-brief';
import { briefSummary } from '../../../../../src-main/brains/offline/language/brief-summary';
import { tokenize } from '../../../../../src-main/brains/offline/language/tokenize';

const genre = (idea: string) => extractIdeaBrief(idea).genre;

const person = (b: ReturnType<typeof extractIdeaBrief>, name: string) =>
  b.people.find((p) => p.name === name);

describe('extractIdeaBrief', () => {
  it('keeps the issue example: Rosa the safecracker leads, Inês is her daughter, Lisbon and the heist', () => {
    const b = extractIdeaBrief(
      'A retired safecracker named Rosa is pulled back for one last heist in Lisbon by her estranged daughter Inês, a detective',
    );
    expect(person(b, 'Rosa')).toMatchObject({
      role: 'protagonist',
      occupation: 'safecracker',
      gender: 'female',
    });
    expect(person(b, 'Inês')).toMatchObject({ occupation: 'detective', gender: 'female' });
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Rosa', b: 'Inês', kind: 'family' }));
    expect(b.places.map((p) => p.name)).toContain('Lisbon');
    expect(b.genre).toBe('heist');
    expect(b.premise.want).not.toContain('Inês');
    expect(briefSummary(b)).toMatch(
      /^Rosa \(safecracker, 67, protagonist\), Inês \(detective, .*of Rosa\) · Lisbon · heist/,
    );
  });

  it('gives the story to the first named, though only as the owner of a bond ("Ilka\'s landlord, Bodo, wants her gone")', () => {
    const b = extractIdeaBrief("Ilka's landlord, Bodo, wants her gone from the attic in Kiel by spring.");
    expect(b.people.map((p) => `${p.name}:${p.role}`)).toEqual(['Ilka:protagonist', 'Bodo:supporting']);
  });

  it('reads a genre from a filled-in field, the first word, or a short sentence of its own', () => {
    expect(genre('- genre: western / pitch draft\n- who: Odile, a ferrier in Tulsa')).toBe('western');
    expect(genre('Horror at a roadside motel near Tulsa: Odile checks in alone.')).toBe('horror');
    expect(genre('Odile, a ferrier in Tulsa, hides a drifter. Gothic drama series, very slow.')).toBe(
      'gothic drama',
    );
    expect(genre('- genre: noir w/ jokes\n- who: Odile, a ferrier in Tulsa')).toBe('noir');
    expect(genre('so my idea: slow romance. Odile and Bastien meet on a ferry to Oslo.')).toBe('romance');
    expect(genre('Odile teaches drama to the night-shift cleaners of a hotel in Oslo.')).toBeUndefined();
  });

  it('reads a genre word written anywhere when none stands in a genre’s place, but not one that describes someone', () => {
    expect(genre('Odile and Bastien run a chip shop in Leeds, and it is comedy but also a bit sad.')).toBe(
      'comedy',
    );
    expect(
      genre('Odile, a ferrier in Tulsa, falls for Bastien in a sweet little romance on the ferry.'),
    ).toBe('romance');
    expect(genre('Odile, a crime reporter in Tulsa, hides a drifter from his war buddies.')).toBeUndefined();
  });

  it('reads a genre label, a decade and coordinated people with a stated bond', () => {
    const b = extractIdeaBrief(
      "Comedy, 1970s Glasgow: feuding brothers Angus and Rab must run their late uncle's chip shop together.",
    );
    expect(b.period).toBe('1970s');
    expect(b.genre).toBe('comedy');
    expect(b.people.map((p) => p.name)).toEqual(['Angus', 'Rab']);
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Angus', b: 'Rab', kind: 'family' }));
    expect(b.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Glasgow', 'chip shop']));
  });

  it('reads an era by name and a place of the stable kind, and no year or cue as a job', () => {
    const b = extractIdeaBrief(
      "Drama, present-day Osaka. In 2003 Kenji Ota left his father's stable; the film follows Kenji home.",
    );
    expect(b.period).toBe('present-day');
    expect(b.places.map((p) => p.name)).toContain('stable');
    expect(b.people.find((p) => p.name === 'Kenji Ota')?.occupation).toBeUndefined();
    const c = extractIdeaBrief('Farce. The film follows Odile Marchand through one wedding in Nantes.');
    expect(c.people.find((p) => p.name === 'Odile Marchand')?.occupation).toBeUndefined();
  });

  it('reads a plural kind of place after a describing word, not the same form as a verb, and a town in a label', () => {
    const b = extractIdeaBrief(
      'Oslo noir: Sigrid drifts through the harbour warehouses while Per trains at night.',
    );
    const places = b.places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Oslo', 'harbour warehouses']));
    expect(places).not.toContain('trains');
    expect(extractIdeaBrief('Thea, a widow, forges letters in Bergen.').places.map((p) => p.name)).toEqual([
      'Bergen',
    ]);
  });

  it('reads kinds of place from the wider setting list, but not a film "set in" a town', () => {
    const b = extractIdeaBrief(
      'A war film set in Ypres: a nurse, Maud, hides a deserter in the hayloft of a farm.',
    );
    const places = b.places.map((p) => p.name);
    expect(places).toContain('hayloft');
    expect(places.some((p) => p.includes('film set'))).toBe(false);
    expect(b.places.find((p) => p.name === 'hayloft')?.interior).toBe(true);
  });

  it("keeps a noun that says which kind of place, not a describing word, in the place's name", () => {
    const places = extractIdeaBrief(
      'Sci-fi: Mira Sol repairs drones in the seed vault of a tiny moon, then drinks at a smoky club run by Odo.',
    ).places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['seed vault', 'club']));
    expect(places).not.toContain('smoky club');
  });

  it('tells a painting ("a Turner") and a ship ("a trawler called the Mary Rose") from people', () => {
    const b = extractIdeaBrief(
      'Art thief Colm steals a Turner and hides aboard a trawler called the Mary Rose off Galway.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Colm']);
    expect(b.objects).toContain('Turner');
    expect(b.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Mary Rose', 'Galway']));
  });

  it('links an unlinked person to the lead, romantic for a couple who plan to run away together', () => {
    const b = extractIdeaBrief(
      'A mechanic, Teodor, and a violin teacher, Ilona, plan to run away from Kraków.',
    );
    expect(b.relations).toEqual([expect.objectContaining({ a: 'Teodor', b: 'Ilona', kind: 'romantic' })]);
  });

  it('keeps the fields the user corrected when the idea is read again', () => {
    const first = extractIdeaBrief('A baker named Sunil enters a contest in Leeds.');
    const edited = { ...first, genre: 'musical', userEdited: ['genre'] };
    const again = mergeBriefs(extractIdeaBrief('A baker named Sunil enters a contest in Leeds.'), edited);
    expect(again.genre).toBe('musical');
    expect(again.people[0]!.name).toBe('Sunil');
  });

  it('does not take labels, events or family names for people, and reads a place after "on"', () => {
    const b = extractIdeaBrief(
      "Pitch: during Ramadan in a mining town on Titan, the Okafor brothers, Emeka and Chidi, fight over their late father's claim.",
    );
    expect(b.people.map((p) => p.name)).toEqual(['Emeka', 'Chidi']);
    expect(b.places.map((p) => p.name)).toContain('Titan');
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Emeka', b: 'Chidi', kind: 'family' }));
  });

  it('keeps verb phrases and clauses out of descriptions ("you play", "calls itself", "wants her out")', () => {
    const b = extractIdeaBrief(
      'You play Nadia, a courier in Tunis whose drone, which calls itself Pixel, keeps her alive. Because his rival wants him out, the old barber Sami hides.',
    );
    expect(person(b, 'Nadia')).toMatchObject({ occupation: 'courier', role: 'protagonist' });
    expect(person(b, 'Pixel')?.occupation).toBeUndefined();
    expect(person(b, 'Sami')?.occupation).toBe('barber');
  });

  it('reads bonds stated after a name, "against", and an old bond that says nothing of age', () => {
    const b = extractIdeaBrief(
      'A nurse, Hoda, learns that her patient, Karim, is the son she gave away, while her old friend Mina keeps watch.',
    );
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Hoda', b: 'Karim', kind: 'family' }));
    expect(person(b, 'Mina')?.age).toBeUndefined();
    expect(person(b, 'Hoda')?.role).toBe('protagonist');
    const c = extractIdeaBrief(
      'The seamstress Ada Pike organises a walkout against the mill owner Josiah Crane.',
    );
    expect(c.relations).toContainEqual(
      expect.objectContaining({ a: 'Ada Pike', b: 'Josiah Crane', kind: 'enemy' }),
    );
  });

  it('reads a given name that ends in a short syllable ("Ha-eun") and keeps "Oscar-winning" a modifier', () => {
    const b = extractIdeaBrief(
      'Heist in Daegu: locksmith Ha-eun robs her boss Mr. Cho with an Oscar-winning actor as the decoy.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ha-eun', 'Cho']);
    expect(b.relations).toContainEqual(
      expect.objectContaining({ a: 'Ha-eun', b: 'Cho', kind: 'professional' }),
    );
    expect(person(b, 'Ha-eun')?.role).toBe('protagonist');
    const tokens = tokenize('The God-fearing Do-yun met Bo-ra.');
    expect(tokens.filter((t) => t.cap && !t.sentStart).map((t) => t.text)).toEqual(['Do-yun', 'Bo-ra']);
  });

  it('reads the bond a verb states past a possessive chain, the partner in a romance, and a plural opener', () => {
    const kinds = (idea: string) => extractIdeaBrief(idea).relations.map((r) => `${r.a}-${r.b}:${r.kind}`);
    expect(kinds("A maid, Wren Alcott, falls in love with her master's nephew, Jasper Vane.")).toEqual([
      'Wren Alcott-Jasper Vane:romantic',
    ]);
    expect(kinds("Vera Lind, she's sister to Oskar Berg, runs a ferry in Oslo.")).toEqual([
      'Vera Lind-Oskar Berg:family',
    ]);
    expect(kinds("Romcom in Lyon: the baker Paul and the mayor's driver, Ines, keep colliding.")).toEqual([
      'Paul-Ines:romantic',
    ]);
    const b = extractIdeaBrief('Bandmates Odo and Rik tour Norway while Odo’s wife Pia runs their label.');
    expect(b.people.map((p) => p.name)).toEqual(['Odo', 'Rik', 'Pia']);
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Odo', b: 'Pia', kind: 'romantic' }));
  });

  it('reads a town opening the idea, a town of two words, and a pronoun that says a man named in -a', () => {
    const b = extractIdeaBrief(
      'Takoradi, 1994: the drummer Kofi Mensah teaches his restless nephew Yaw the royal rhythms.',
    );
    expect(b.people.map((p) => `${p.name}:${p.role}`)).toEqual(['Kofi Mensah:protagonist', 'Yaw:supporting']);
    expect(b.relations).toEqual([expect.objectContaining({ a: 'Kofi Mensah', b: 'Yaw', kind: 'family' })]);
    expect(b.places.map((p) => p.name)).toEqual(['Takoradi']);
    const c = extractIdeaBrief(
      'A courier in Da Lat, Pham Thi Mai, delivers letters to her missing brother Long.',
    );
    expect(c.people.map((p) => p.name)).toEqual(['Pham Thi Mai', 'Long']);
    expect(c.places.map((p) => p.name)).toEqual(['Da Lat']);
  });

  it('keeps name particles, a town or trait before a job, the kind of a place, and whom the film follows', () => {
    const b = extractIdeaBrief(
      'Romance: Gouda cheese maker Pieter van den Akker falls for Ana de la Vega, a sailor out of Bergen.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Pieter van den Akker', 'Ana de la Vega']);
    expect(b.places.map((p) => p.name)).toEqual(['Gouda', 'Bergen']);
    const c = extractIdeaBrief(
      'In a Kyoto teahouse, the maid Aiko serves the fishmonger Taro; the film follows Taro as the war comes closer.',
    );
    expect(c.people.map((p) => `${p.name}:${p.role}`)).toEqual(['Aiko:supporting', 'Taro:protagonist']);
    expect(c.places.map((p) => p.name)).toEqual(['Kyoto teahouse']);
    const d = extractIdeaBrief('Stoic lamp maker Odile and her son Bruno run a harbour canteen.');
    expect(d.people.map((p) => p.name)).toEqual(['Odile', 'Bruno']);
    expect(d.places.map((p) => p.name)).toEqual(['harbour canteen']);
  });

  it('keeps a two-word genre label and the workplace a job implies, after the places stated', () => {
    const b = extractIdeaBrief(
      'Heist western in Tucson: a stagecoach driver, Wes, robs the bank where his sister works.',
    );
    expect(b.genre).toBe('heist western');
    const places = b.places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Tucson', 'bank']));
    expect(places.indexOf('Tucson')).toBeLessThan(places.length - 1);
  });

  it('merges the names of one person as prose analysis does (full name, surname, nickname)', () => {
    const b = extractIdeaBrief(
      'Jonny, a washed-up rock star, meets a fan named Cleo. Jonny Vale never forgave his brother Sam Vale.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Jonny Vale', 'Cleo', 'Sam Vale']);
    // Described where first named, under the most complete form of the name.
    expect(person(b, 'Jonny Vale')).toMatchObject({ role: 'protagonist', occupation: 'washed-up rock star' });
    expect(b.relations).toContainEqual(
      expect.objectContaining({ a: 'Jonny Vale', b: 'Sam Vale', kind: 'family' }),
    );
    const c = extractIdeaBrief('Detective Mara Quinn hunts the man who framed her. Quinn trusts no one.');
    expect(c.people.map((p) => p.name)).toEqual(['Mara Quinn']);
    const d = extractIdeaBrief('Lizzie Bennet spars with Mr. Darcy; Elizabeth slowly falls for Darcy.');
    expect(d.people.map((p) => p.name)).toEqual(['Lizzie Bennet', 'Darcy']);
  });

  it('keeps people apart when the clustering does: a father and daughter of one surname', () => {
    const b = extractIdeaBrief(
      'Mr. Diaz runs a bakery with his daughter Rosa Diaz, until Rosa leaves for Madrid.',
    );
    expect(b.people.map((p) => p.name)).toEqual(['Diaz', 'Rosa Diaz']);
  });

  it('reads a genre standing as a short first sentence, as written', () => {
    expect(extractIdeaBrief('Heist. Lagos. Two days. Tobi and his sister Ada rob a vault.').genre).toBe(
      'heist',
    );
    expect(extractIdeaBrief('bollywood musical!! a bride, Anjali, falls for the drummer.').genre).toBe(
      'musical',
    );
    expect(extractIdeaBrief('Victorian gothic. Agnes Pell photographs the dead.').genre).toBe('gothic');
  });

  it('dates the story by a year or decade before an era word', () => {
    expect(
      extractIdeaBrief('Cold War spy story. East Berlin, 1958. A guard, Kurt, smuggles people.').period,
    ).toBe('1958');
    expect(extractIdeaBrief('Victorian gothic. York, 1880s. Ada photographs the dead.').period).toBe('1880s');
  });

  it('reads the places of a labelled list, and kinds of place from other languages', () => {
    const b = extractIdeaBrief(
      'western. 1880s. sheriff Wade Holt and his brother Ike. locations: fort bragg, the san juan river, santa fe (new mexico, not texas)',
    );
    // Typed casually, the places get their capitals; what matters is which places they are.
    const places = b.places.map((p) => p.name.toLowerCase());
    expect(places).toEqual(
      expect.arrayContaining(['fort bragg', 'san juan river', 'santa fe', 'new mexico']),
    );
    expect(places).not.toContain('texas');
    expect(
      extractIdeaBrief('Horror in an old haveli in Jodhpur. Meera inherits it.').places.map((p) => p.name),
    ).toContain('haveli');
  });

  it('keeps a genre written out, and does not read a war in the name of an era as one', () => {
    expect(extractIdeaBrief('Cold War spy drama. Leningrad, 1983. Irina Volk must seduce Mikko.').genre).toBe(
      'spy drama',
    );
    expect(extractIdeaBrief('Two girls, Ama and Efe, on a road trip. coming of age vibes').genre).toBe(
      'coming of age',
    );
  });

  it('writes out a shorthand genre ("romcom" → "romantic comedy", "whodunit" → "whodunit mystery")', () => {
    expect(genre('Romcom: a baker named Odette keeps losing to her rival Tibor at the county fair.')).toBe(
      'romantic comedy',
    );
    expect(genre('A whodunit set on a sleeper train: who poisoned the conductor, Aurelio Vance?')).toBe(
      'whodunit mystery',
    );
    expect(genre('Sitcom pilot about a launderette in Hull run by two cousins, Bev and Norma.')).toBe(
      'situation comedy',
    );
  });
});
