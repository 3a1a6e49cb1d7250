// Place lists in ideas: names listed after a place stay people when the sentence goes on with what they do.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const brief = (idea: string) => {
  const b = extractIdeaBrief(idea);
  return { people: b.people.map((p) => p.name), places: b.places.map((p) => p.name) };
};

describe('placeLists', () => {
  it('keeps names no name list knows as people when a verb follows the list', () => {
    const b = brief('In Kisumu, Otieno and Akinyi repair fishing boats.');
    expect(b.people).toEqual(['Otieno', 'Akinyi']);
    expect(b.places).toContain('Kisumu');
    expect(b.places).not.toContain('Otieno');
  });

  it('still reads a list of towns as places', () => {
    const b = brief('A rally driver races through Tartu, Narva and Pärnu in one night.');
    expect(b.places).toEqual(expect.arrayContaining(['Tartu', 'Narva', 'Pärnu']));
    expect(b.people).not.toContain('Narva');
  });
});
