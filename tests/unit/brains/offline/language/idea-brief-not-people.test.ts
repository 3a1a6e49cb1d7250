// Tests that the idea brief takes no word for a people, region, greeting or firm for a person of the story, and
// keeps a name that is a word too when the idea gives the person's age.
import { describe, expect, it } from 'vitest';
import { readIdea as read } from './read-idea';

describe('extractIdeaBrief: words that name no one', () => {
  it('reads a word for a people before a job as where someone is from ("Somali goalkeeper", "Sámi herder")', () => {
    const somali = read(
      'In Dadaab, Somali goalkeeper Ayaan Farah trains the girls of the camp for a cup final.',
    );
    expect(somali.people).toEqual(['Ayaan Farah']);
    expect(somali.lead).toBe('Ayaan Farah');
    const sami = read('Sámi herder Niillas Gaup loses his reindeer to a mining company and goes to court.');
    expect(sami.people).toEqual(['Niillas Gaup']);
  });

  it('reads a compound of peoples and a "-woman" word as descriptions ("Irish-American", "Englishwoman")', () => {
    const r = read(
      'Irish-American welterweight Danny Coyle meets an Englishwoman, Mabel Hart, on the boat to Cork.',
    );
    expect(r.people).toEqual(['Danny Coyle', 'Mabel Hart']);
    expect(r.lead).toBe('Danny Coyle');
  });

  it('reads a region opening a dateline as where ("Hokkaido, winter 1988.")', () => {
    const r = read('Hokkaido, winter 1988. Aiko Mori runs a ski lodge alone after her husband drowns.');
    expect(r.people).toEqual(['Aiko Mori']);
    expect(r.places).toContain('Hokkaido');
    expect(r.lead).toBe('Aiko Mori');
  });

  it('reads a first name after "in the" as a place ("a cattle station in the Kimberley")', () => {
    const r = read('A drover, Jack Dunn, runs a cattle station in the Kimberley with his daughter Tess.');
    expect(r.places).toContain('Kimberley');
    expect(r.people).toEqual(['Jack Dunn', 'Tess']);
  });

  it('leaves out the one a letter greets in another language ("Ciao Paola,")', () => {
    const r = read(
      'Ciao Paola,\n\nthe idea: Nino Greco restores puppets in Catania and his grandson Enzo wants out.',
    );
    expect(r.people).toEqual(['Nino Greco', 'Enzo']);
    expect(r.lead).toBe('Nino Greco');
  });

  it('reads a firm the lexicon knows as no person ("a dented old Volvo")', () => {
    const r = read(
      'Two sisters, Maj and Britt, drive their dead father’s ashes north in a dented old Volvo.',
    );
    expect(r.people).toEqual(['Maj', 'Britt']);
  });

  it('keeps a name that is an English word too when an age follows it ("Maya, 19, gets a job")', () => {
    const r = read('Maya, 19, gets a job washing dishes at a noodle bar in Osaka.');
    expect(r.people).toEqual(['Maya']);
    expect(r.lead).toBe('Maya');
  });

  it('reads a town joined by a lower-case particle as a place ("Port-au-Prince", "Sainte-Mère-du-Bois")', () => {
    const r = read('Nadège leaves Port-au-Prince for Sainte-Mère-du-Bois to find her brother Wilner.');
    expect(r.places).toEqual(expect.arrayContaining(['Port-au-Prince', 'Sainte-Mère-du-Bois']));
    expect(r.people).toEqual(['Nadège', 'Wilner']);
    expect(read('A Sunday-league keeper, Dom Hale, trains alone.').people).toEqual(['Dom Hale']);
  });

  it('takes no pronoun with its verb ("We\'d love …") and no noun after "a former" ("a former Olympian") for a person', () => {
    const r = read(
      "Hi Sam,\n\nWe'd love your notes: Edda Berg, a former Olympian, coaches swimmers in Bergen.",
    );
    expect(r.people).toEqual(['Edda Berg']);
    expect(r.lead).toBe('Edda Berg');
  });
});
