// Tests of names said only as the other end of a described person's tie ("Otto, Greta's uncle, 67").
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../../src-main/brains/offline/understand/extract-entities';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import {
  relationAnchors,
  withoutAnchors,
} from '../../../../../src-main/brains/offline/understand/relation-anchors';
import { findNames } from '../../../../../src-main/brains/offline/understand/names';

describe('relation anchors', () => {
  it('finds a possessive tie after the name and an "of" tie before it, never on the first name', () => {
    const text = 'Add Wim Aalders, Joke de Boer’s older twin brother, and Pim, the best friend of Saar';
    const mentions = findNames(text, []);
    const anchors = relationAnchors(text, mentions);
    expect(anchors.map((a) => [mentions[a.index]?.name, a.relation])).toEqual([
      ['Joke de Boer', 'brother'],
      ['Saar', 'best friend'],
    ]);
    expect(relationAnchors("Inge's brother Ruud", findNames("Inge's brother Ruud", []))).toEqual([]);
  });

  it('reads the description around an anchor as if the anchor were not there', () => {
    const text = "Ruud, Inge's uncle, 67";
    const anchors = relationAnchors(text, findNames(text, []));
    expect(withoutAnchors(text.slice(4), anchors, 4)).toBe(', 67');
    const copula = "Ruud? He's Inge's partner, 44";
    expect(withoutAnchors(copula, relationAnchors(copula, findNames(copula, [])))).toBe("Ruud? He's 44");
  });
});

describe('create: a person described next to the one they are tied to', () => {
  it.each([
    [
      "New character: Ruud Vos, Inge's uncle, 67, retired miner",
      { names: ['Ruud Vos'], age: 67, occupation: 'retired miner' },
    ],
    ['add teun (mila’s twin brother), 19, student', { names: ['Teun'], age: 19, occupation: 'student' }],
    ['Introduce Sem, 30, Fenna’s fiance, a nurse', { names: ['Sem'], age: 30, occupation: 'nurse' }],
    [
      "Please add a character called Joost Kok, he's Lotte's godfather and a 70-year-old clockmaker",
      { names: ['Joost Kok'], age: 70, occupation: 'clockmaker' },
    ],
    [
      'Create a character named Noor, 34, a midwife, best friend of Jet',
      { names: ['Noor'], age: 34, occupation: 'midwife' },
    ],
  ])('%s', (text, params) => {
    const r = parseMessage(text);
    expect(r.intent).toBe('create');
    expect(r.params).toMatchObject({ entityType: 'character', ...params });
  });

  it('keeps the tie: who the person is related to, and how', () => {
    const r = parseMessage("Add Ruud Vos, Inge's uncle, 67");
    expect(r.params).toMatchObject({
      relationKind: 'family',
      gender: 'male',
      attributes: { relatedTo: 'Inge', label: 'uncle' },
    });
    const e = extractEntities("Add Ruud Vos, Inge's uncle, 67");
    expect(e.entities.map((c) => [c.name, c.attributes, c.anchorOf?.person])).toEqual([
      ['Ruud Vos', { age: 67, gender: 'male' }, undefined],
      ['Inge', {}, 'Ruud Vos'],
    ]);
    expect(e.relationships).toEqual([{ source: 'Ruud Vos', target: 'Inge', kind: 'family', label: 'uncle' }]);
  });
});
