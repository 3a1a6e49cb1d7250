// Names in an idea typed without capitals get their capitals back; an idea typed with capitals is left alone.
import { describe, expect, it } from 'vitest';
import { withNameCapitals } from '../../../../../src-main/brains/offline/language/lowercase-names';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

describe('withNameCapitals', () => {
  it('capitalises names after "called", a bond, a job, a name and "and", and known towns', () => {
    expect(withNameCapitals('a welder called noemi and her cousin bastien rob a depot in marseille')).toBe(
      'a welder called Noemi and her cousin Bastien rob a depot in Marseille',
    );
    expect(withNameCapitals('two brothers yusuf and emre open a kebab shop in san diego')).toBe(
      'two brothers Yusuf and Emre open a kebab shop in San Diego',
    );
  });

  it('capitalises a kind of natural place with the name after it, when that is a town or no word', () => {
    expect(withNameCapitals('a ferryman called bojan rows his niece across lake prespa at night')).toBe(
      'a ferryman called Bojan rows his niece across Lake Prespa at night',
    );
    expect(withNameCapitals('a ferryman called bojan rows his niece across the lake at night')).toBe(
      'a ferryman called Bojan rows his niece across the lake at night',
    );
  });

  it('capitalises a name found once wherever else it stands, when it can be no word', () => {
    expect(withNameCapitals('a cook called nadia and her brother ottar run a stall, ottar is the star')).toBe(
      'a cook called Nadia and her brother Ottar run a stall, Ottar is the star',
    );
    expect(withNameCapitals('a girl called rose grows roses in a rose garden')).toBe(
      'a girl called Rose grows roses in a rose garden',
    );
  });

  it('takes a surname only after an introduced name, not after any name', () => {
    expect(withNameCapitals('tattoo artist keanu makoa falls for a surfer')).toBe(
      'tattoo artist Keanu Makoa falls for a surfer',
    );
  });

  it('leaves an idea that has capitals alone, and keeps the length of the text', () => {
    const typed = 'A welder called noemi robs a depot in Marseille';
    expect(withNameCapitals(typed)).toBe(typed);
    const lower = 'ten years on, a pilot named oskar flies home to tromsø';
    expect(withNameCapitals(lower)).toHaveLength(lower.length);
  });

  it('gives a lower-case idea its people, their bond and the town', () => {
    const b = extractIdeaBrief('a welder called noemi and her cousin bastien rob a depot in marseille');
    expect(b.people.map((p) => p.name)).toEqual(['Noemi', 'Bastien']);
    expect(b.relations).toContainEqual(expect.objectContaining({ a: 'Noemi', b: 'Bastien', kind: 'family' }));
    expect(b.places.map((p) => p.name)).toContain('Marseille');
  });
  it('never capitalises a contraction, a bond word or the word after "her"', () => {
    expect(
      withNameCapitals("they've never met: nurse amira in oran and her bestfriend jonas, the landlords son"),
    ).toBe("they've never met: nurse Amira in Oran and her bestfriend Jonas, the landlords son");
  });

  it('capitalises a name that is a word too beside a name, and never a contraction typed without its apostrophe', () => {
    expect(
      withNameCapitals('two girls at a school in wales, hazel and isobel, and the other doesnt know'),
    ).toBe('two girls at a school in wales, Hazel and Isobel, and the other doesnt know');
  });

  it('capitalises a place opened by a word that is no English word, before its kind or after "isle of"', () => {
    expect(withNameCapitals('a girl called pip from the hostel on tolworth cross road meets stanley')).toBe(
      'a girl called Pip from the hostel on Tolworth Cross road meets Stanley',
    );
    expect(withNameCapitals('two sisters keep the only bar on the isle of kessby and never leave')).toBe(
      'two sisters keep the only bar on the Isle of Kessby and never leave',
    );
  });

  it('does not take a word after a preposition for a name before "and" and a name', () => {
    expect(withNameCapitals('we meet at the bridge at dawn and ada runs off')).toBe(
      'we meet at the bridge at dawn and Ada runs off',
    );
  });

  it('gives capitals to the names of an idea typed casually, where some names have theirs, but no words', () => {
    expect(
      withNameCapitals(
        'sunil, 19, fixes phones at a stall in Chennai. the owner, murugan-anna, lives in a trailer park. his son ' +
          'vikku wants sunil gone bc of 30 yrs of bad luck.',
      ),
    ).toBe(
      'Sunil, 19, fixes phones at a stall in Chennai. the owner, Murugan-anna, lives in a trailer park. his son ' +
        'Vikku wants Sunil gone bc of 30 yrs of bad luck.',
    );
  });

  it('leaves an idea with its sentences capitalised as typed', () => {
    const idea = 'Sunil fixes phones in Chennai. His son vikku wants out.';
    expect(withNameCapitals(idea)).toBe(idea);
  });

  it('capitalises a name set off by commas a few words after a person ("a girl in akureyri, katla, who …")', () => {
    expect(withNameCapitals('about a shy boy in tromso, vebjorn, who builds kites with his aunt')).toBe(
      'about a shy boy in Tromso, Vebjorn, who builds kites with his aunt',
    );
    expect(withNameCapitals('two rival bakers in oaxaca, tlalli and yaretzi, both want the stall')).toBe(
      'two rival bakers in Oaxaca, Tlalli and Yaretzi, both want the stall',
    );
  });

  it('capitalises a word a dictionary knows after a bond, and wherever else it stands ("her boyfriend troy … troy\'s")', () => {
    expect(withNameCapitals("nurse greta lives with her boyfriend troy. the landlord is troy's aunt")).toBe(
      "nurse Greta lives with her boyfriend Troy. the landlord is Troy's aunt",
    );
  });

  it('capitalises a name after a casual word for a person ("this guy chance who mends nets")', () => {
    expect(withNameCapitals('my idea: this guy chance who mends nets and hates mondays')).toBe(
      'my idea: this guy Chance who mends nets and hates mondays',
    );
  });
});
