// Tests of people described in free word order: jobs after "and a"/"used to be a", hedged ages, job and age edits.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('create: a job or an age away from the name', () => {
  it.each([
    [
      "add Lotte to the cast, she's 31 and a glassblower",
      { names: ['Lotte'], age: 31, occupation: 'glassblower' },
    ],
    ['put in Brannock, he used to be a stonemason', { names: ['Brannock'], occupation: 'stonemason' }],
    ['a character called Ysolde, a retired harpist, roughly 80', { names: ['Ysolde'], age: 80 }],
    [
      'there should be someone named Quill, a locksmith of about 50',
      { names: ['Quill'], age: 50, occupation: 'locksmith' },
    ],
    ['Add Nuno who is a 16 yo surfer', { names: ['Nuno'], age: 16, occupation: 'surfer' }],
    ["we need Odalys, she'd be around 58 and works as a ferry captain", { names: ['Odalys'], age: 58 }],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...params });
  });

  it.each([
    [
      'we need Idris, he works like carpenter, age 52',
      { names: ['Idris'], age: 52, occupation: 'carpenter' },
    ],
    ['add Idris Bello who serves as a coroner', { names: ['Idris Bello'], occupation: 'coroner' }],
    ['introducing Idris, our bus driver, fifty or so', { names: ['Idris'], occupation: 'bus driver' }],
    ['put in Idris, the pathologist I told you about', { names: ['Idris'], occupation: 'pathologist' }],
    ['add Idris, which is 23, a waiter', { names: ['Idris'], age: 23 }],
    ['Idris Bello, a tailor - add him now', { names: ['Idris Bello'], occupation: 'tailor' }],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...params });
  });

  it.each([
    ['create a glazier, a man who is 58, called Boris', { names: ['Boris'], age: 58, occupation: 'glazier' }],
    ['add Boris Petrov. welder. 44.', { names: ['Boris Petrov'], age: 44, occupation: 'welder' }],
  ])('%s', (text, params) => {
    expect(parseMessage(text).params).toMatchObject({ entityType: 'character', ...params });
  });

  it('does not take a story role for a job', () => {
    const r = parseMessage("add Idris as a character, he's the villain, a 40-year-old chemist");
    expect(r.params.occupation).toBe('chemist');
  });

  it('does not take a job that belongs to nobody in the description', () => {
    expect(parseMessage('add Wilhelmina to the cast, she hates a crowd').params.occupation).toBeUndefined();
  });
});

describe('create: the person described is the one added', () => {
  it('takes the age and job of the described person, not of a name mentioned before', () => {
    const r = parseMessage("We need Bettany's landlord now. Add Osgood, 63, a retired glazier.");
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ age: 63, occupation: 'retired glazier' });
  });

  it('reads a hyphenated job that ends in a known one', () => {
    expect(parseMessage('Add Osgood, the weary co-pilot').params.occupation).toBe('co-pilot');
  });

  it('reads "who is" before a job', () => {
    expect(parseMessage('I want to add a character, Osgood, who is glazier').params.occupation).toBe(
      'glazier',
    );
  });
});

describe('simulate: who takes part', () => {
  it.each([
    ['Let Oskar and Priya argue in Tbilisi', ['Oskar', 'Priya']],
    ['Let Oskar and Priya bicker over the Silver Cup', ['Oskar', 'Priya']],
    ['Let Oskar and Priya have it out, Tarantino-style', ['Oskar', 'Priya']],
    ['Play "Night Bus to Minsk" with Oskar and Priya', ['Oskar', 'Priya']],
    ['Have Oskar tell Priya about the Petrov file', ['Oskar', 'Priya']],
    // "to" brings a person, not a place.
    ['Have Oskar confess to Priya at the station', ['Oskar', 'Priya']],
  ])('%s', (text, participants) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('simulate');
    expect(new Set(r.params.participants)).toEqual(new Set(participants));
  });
});

describe('modify: a rename said later in the message', () => {
  it.each([
    ['In the second draft I renamed Casimir to Teodor, please update him', ['Casimir'], 'Teodor'],
    ['The name Brunhild feels heavy. Kindly rename her Ilse.', ['Brunhild'], 'Ilse'],
    ['Ottoline does not work as a name, change it to Maud', ['Ottoline'], 'Maud'],
    ['Rename the Pelican Bar to The Gull, everyone calls it that', ['Pelican Bar'], 'The Gull'],
  ])('%s', (text, names, name) => {
    const r = parseMessage(text);
    expect(r.params).toMatchObject({ operation: 'rename', names, attributes: { name } });
  });

  it('does not take a change of relationship for a rename', () => {
    const r = parseMessage('Osric and Maud were friends, but change it to rivals');
    expect(r.params.operation).not.toBe('rename');
  });
});

describe('modify: the new job or age', () => {
  it.each([
    ["Tamsin's a beekeeper now", { names: ['Tamsin'], occupation: 'beekeeper' }],
    ['Ruairi works as a bus driver now', { names: ['Ruairi'], occupation: 'bus driver' }],
    ["Ines isn't a cook any more, she became a sommelier", { names: ['Ines'], occupation: 'sommelier' }],
    ['Gaspard is a notary, not a lawyer', { names: ['Gaspard'], occupation: 'notary' }],
    ['Wolfram -> 62', { names: ['Wolfram'], age: 62 }],
    // A person set to a number, with no word for age.
    ['I would like Wolfram to be 58 after all', { names: ['Wolfram'], age: 58 }],
    ['could Tamsin be 27 instead?', { names: ['Tamsin'], age: 27 }],
    ['Ruairi turns 70 in the last act', { names: ['Ruairi'], age: 70 }],
    ['Ruairi needs to be older, so make him sixty-eight', { names: ['Ruairi'], age: 68 }],
    // The job as written, without the afterthought that follows it.
    ["Gaspard's job is glazier, please update his card", { names: ['Gaspard'], occupation: 'glazier' }],
    [
      "Gaspard's occupation should be listed as lock keeper",
      { names: ['Gaspard'], occupation: 'lock keeper' },
    ],
    ["Tamsin's job should read ferry pilot", { names: ['Tamsin'], occupation: 'ferry pilot' }],
    [
      "Tamsin's occupation should be ferrywoman, because the mill closed",
      { names: ['Tamsin'], occupation: 'ferrywoman' },
    ],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    expect(r.params).toMatchObject(params);
  });
});

describe('production and bulk requests with a second request or a precise count', () => {
  it('ends the premise where the next request starts', () => {
    const r = parseMessage('make a 3 minute film about a clown who loses his laugh and send it to me as PDF');
    expect(r.params).toMatchObject({ durationSec: 180, theme: 'a clown who loses his laugh' });
  });

  it('reads a premise after "Storyboard this:" or "an idea:", and the first premise over a later aside', () => {
    expect(
      parseMessage('Storyboard this for me: a lamplighter races the dawn across Prague').params.theme,
    ).toBe('a lamplighter races the dawn across Prague');
    expect(parseMessage('I want a storyboard from an idea: two widowers open a bakery').params.theme).toBe(
      'two widowers open a bakery',
    );
    const r = parseMessage(
      'Turn this premise into a film: a boxer forgets how to lose. I have thought about it for ages.',
    );
    expect(r.params.theme).toBe('a boxer forgets how to lose');
  });

  it('ends a premise at an emoji, a hashtag, a new line, closing mood words or the budget', () => {
    const theme = (text: string) => parseMessage(text).params.theme;
    expect(theme('make a 20 second ad about a bakery that never sleeps 🥐 cosy vibes')).toBe(
      'a bakery that never sleeps',
    );
    expect(theme('short film about a lighthouse cat #catsofinstagram')).toBe('a lighthouse cat');
    expect(theme('Make a film\n- premise: a ferryman retires\n- length: 3 minutes')).toBe(
      'a ferryman retires',
    );
    expect(theme('a 2-minute short about a retired clown, wistful and tender')).toBe('a retired clown');
    expect(theme('a 5-min film about a night bus driver, micro budget')).toBe('a night bus driver');
  });

  it('reads a premise after "theme:"', () => {
    expect(parseMessage('90 sec short, theme: two rival bakers').params.theme).toBe('two rival bakers');
  });

  it('prefers the number that makes a vague quantity precise', () => {
    const r = parseMessage('give me a few more scenes, say seven, for the chase');
    expect(r.params).toMatchObject({ entityType: 'scene', count: 7 });
  });

  it('reads the noun an adjective-like noun describes ("extra locations")', () => {
    expect(parseMessage('create three extra locations').params).toMatchObject({
      entityType: 'location',
      count: 3,
    });
  });
});

describe('relationships stated tersely or changed by degree', () => {
  it.each([
    'Any chance you could make Radu and Ilinca business partners?',
    'Radu and Ilinca need to be estranged cousins',
    'Radu and Ilinca, brother and sister',
    'Radu and Ilinca are old mates from the ferry',
    'Radu is the godfather of young Ilinca',
  ])('reads a new relationship in "%s"', (text) => {
    expect(parseMessage(text).params.entityType).toBe('relationship');
  });

  it('does not take a change of relationship for a new one', () => {
    expect(parseMessage("Radu and Ilinca shouldn't be lovers, make them just friends").intent).toBe('modify');
  });

  it('reads "make them rivals" in a later sentence, joining only the two people', () => {
    const r = parseMessage(
      'The story circles a salt marsh near Lake Ohrid. Make Dragan and Vesna sisters-in-law',
    );
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'relationship', names: ['Dragan', 'Vesna'] });
  });

  it('reads "A + B: cousins" as a new relationship', () => {
    const r = parseMessage('Halima + Joaquin: cousins');
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'relationship', names: ['Halima', 'Joaquin'] });
  });

  it.each([
    ['make Eun-ji and Tobias more distant', -0.2],
    ['make Eun-ji and Tobias a bit closer', undefined],
    ['Eun-ji should resent Tobias less', 0.2],
    ['Eun-ji should respect Tobias more', 0.2],
  ])('%s', (text, dStrength) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    if (dStrength === undefined) return;
    expect(r.params).toMatchObject({ entityType: 'relationship', attributes: { dStrength } });
  });
});

describe('names in messages typed without case', () => {
  it.each([
    ['SIMULATE ODETTE AND CASPAR ARGUING', ['Odette', 'Caspar']],
    ['let odette and caspar argue it out', ['Odette', 'Caspar']],
  ])('%s', (text, participants) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('simulate');
    expect(r.params.participants).toEqual(participants);
  });
});

describe('requests a new writer phrased differently', () => {
  it.each([
    ['draw Leontyne for me', 'generate', { names: ['Leontyne'] }],
    ['Could you make a picture of Ottoline?', 'generate', { names: ['Ottoline'] }],
    ['how are Beatrix and Osric connected?', 'query', { names: ['Beatrix', 'Osric'] }],
    ["Please note that Osric's age should be amended to 61.", 'modify', { names: ['Osric'], age: 61 }],
    [
      'Change the job of Beatrix into cartographer',
      'modify',
      { names: ['Beatrix'], occupation: 'cartographer' },
    ],
    ['osric -> cartographer', 'modify', { names: ['Osric'], occupation: 'cartographer' }],
    ['add char beatrix 44 welder', 'create', { names: ['Beatrix'], age: 44, occupation: 'welder' }],
    ['del osric', 'modify', { names: ['Osric'], operation: 'delete' }],
    ['Beatrix and Osric are not engaged anymore, make them exes', 'modify', { entityType: 'relationship' }],
    ['write a logline', 'modify', { entityType: 'project' }],
  ])('%s → %s', (text, intent, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe(intent);
    expect(r.params).toMatchObject(params);
  });

  it('does not take "Kindly" opening a request for a name', () => {
    expect(parseMessage('Kindly produce a one-minute advert for a bakery').params.names).toBeUndefined();
  });
});

describe('create: a person given as a list of fields', () => {
  it.each([
    [
      'new character: Oskar Lind | 44 | ferry pilot',
      { names: ['Oskar Lind'], age: 44, occupation: 'ferry pilot' },
    ],
    ['Create Oskar Lind - 44 - ferry pilot', { names: ['Oskar Lind'], age: 44, occupation: 'ferry pilot' }],
    ['add a glazier — Pim Okafor, 39', { names: ['Pim Okafor'], age: 39, occupation: 'glazier' }],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...params });
  });

  it("keeps a slugline's dash and a relationship said after a dash", () => {
    expect(parseMessage('Add a scene: EXT. QUAY - DUSK, Pim waits').params.attributes).toMatchObject({
      heading: expect.stringContaining('DUSK'),
    });
    expect(parseMessage("Pim and Oskar — they're cousins").params).toMatchObject({
      entityType: 'relationship',
      relationKind: 'family',
    });
  });
});

describe('create and modify: a job given with a field label, an age or a request between', () => {
  it.each([
    ['add Pim Okafor, job lock keeper', { names: ['Pim Okafor'], occupation: 'lock keeper' }],
    ['Unless Oskar exists already, add him as a 41-year-old glazier', { age: 41, occupation: 'glazier' }],
    [
      'We have a cousin called Ilka. Please add her. She is a glazier.',
      { names: ['Ilka'], occupation: 'glazier' },
    ],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...params });
  });

  it('reads a later request about "her" as the earlier clause asked again only when it asks for the same', () => {
    // "Make her a pilot." is an edit, not the creation asked again: the first clause stays the request.
    expect(parseMessage('Add Mira, 30. Make her a pilot.')).toMatchObject({
      intent: 'create',
      params: { names: ['Mira'], age: 30 },
      followUps: ['Make her a pilot.'],
    });
  });

  it.each([
    ['Pim: age 44, occupation ropemaker', { names: ['Pim'], age: 44, occupation: 'ropemaker' }],
    ['Oskar should be 61 and a retired lock keeper', { age: 61, occupation: 'retired lock keeper' }],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('modify');
    expect(r.params).toMatchObject(params);
  });
});

describe('create: what a request adding one person says in a sentence of its own', () => {
  it.each([
    [
      'Could you add Tamsin Reyes? 52 years old, a ferry pilot.',
      { names: ['Tamsin Reyes'], age: 52, occupation: 'ferry pilot' },
    ],
    [
      'Create character: Ilse Moreau / 44 / night nurse',
      { names: ['Ilse Moreau'], age: 44, occupation: 'night nurse' },
    ],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject(params);
  });
});
