// What the words around a person's name say about them: occupation, gender, age and a bond they are stated to have.
import type { BriefPerson } from '../../../../src-preload/contract/idea-brief';
import { AGE_WORDS, FEMALE_NOUNS, MALE_NOUNS, RELATION_NOUNS, singular } from './brief-words';
import { DETERMINERS, GENERIC } from './idea-person-phrases';
import { HONORIFICS, lexTags } from './word-tables';

/** A relation noun tied to its owner ("her daughter", "Rosa's rival"); `after` when written after the name. */
export interface PersonBond {
  noun: string;
  owner: string;
  stated?: 'after';
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'whose']);

/** The job a description names ("a retired safecracker" → "safecracker"); none for a bond or a plain adjective. */
export function occupationOf(words: readonly string[]): string | undefined {
  const content = words.filter((w) => !DETERMINERS.has(w) && !/['’]s$/.test(w) && !/^[A-Z]/.test(w));
  while (content.length > 1) {
    const w = content[0]!;
    const tags = lexTags(w);
    const adjective = tags.includes('Adjective') || tags.includes('Comparable') || tags.includes('PastTense');
    if (
      !AGE_WORDS.has(w) &&
      !adjective &&
      !/ed$/.test(w) &&
      !['former', 'old', 'late', 'own', 'lost', 'missing'].includes(w)
    )
      break;
    content.shift();
  }
  const head = content[content.length - 1];
  // Kinship and love words are bonds, not jobs; "teacher" or "boss" is both.
  const bond = (w: string) =>
    ['family', 'romantic', 'friendship', 'rivalry'].includes(RELATION_NOUNS.get(w) ?? '');
  if (!head || bond(head) || GENERIC.has(head) || GENERIC.has(singular(head))) return undefined;
  // "teenage Lucía": an adjective alone describes the person but is no job.
  const headTags = lexTags(head);
  if (
    AGE_WORDS.has(head) ||
    (headTags.includes('Adjective') && !headTags.some((t) => t === 'Actor' || t === 'Singular'))
  )
    return undefined;
  if (content.some(bond)) return undefined;
  return content.map((w, i) => (i === content.length - 1 ? singular(w) : w)).join(' ');
}

/** The gender a description's nouns or the honorific state ("her estranged daughter", "Mrs"). */
export function genderOf(words: readonly string[], honorific: string | undefined): BriefPerson['gender'] {
  for (const w of [...words].reverse()) {
    if (FEMALE_NOUNS.has(w)) return 'female';
    if (MALE_NOUNS.has(w)) return 'male';
  }
  const h = honorific?.toLowerCase().replace(/\.$/, '');
  if (h && HONORIFICS.get(h) === 'female') return 'female';
  if (h && HONORIFICS.get(h) === 'male') return 'male';
  return undefined;
}

/** The age a description states: "a 67-year-old …" after the name or an age word before it ("retired", "teenage"). */
export function ageOf(words: readonly string[], after: string): number | undefined {
  const years = /\b(\d{1,3})-year-old\b/.exec(after);
  if (years) return Number(years[1]);
  // "his old flame", "an old friend": age words before a bond speak of the bond's age, not the person's.
  for (const [i, w] of words.entries())
    if (AGE_WORDS.has(w) && !RELATION_NOUNS.has(words[i + 1] ?? '')) return AGE_WORDS.get(w);
  return undefined;
}

/** A bond stated after the name, pointing back at the person before ("Idris, is the cousin she left behind"). */
export function copulaBond(after: string): PersonBond | undefined {
  // "Ploy, the daughter of his rival, talks him round and becomes his trainer": past an appositive and a first verb.
  // "Lena, who is Omar's cousin", "Ines who is Tullio niece": a named owner, with or without "'s".
  // "Pia isn't Tomo's real aunt": a bond denied only as "real" or "biological" is a bond still.
  const m =
    /^(?:\s*,[^,.;!?]{1,60},)?(?:[^,.;!?]{0,60}?\band\s+)?\s*,?\s*(?:(?:who|that)\s+)?(?:is|was|has been|had been|turns out to be|is really|becomes|(?:isn['’]t|wasn['’]t|is not|was not)(?=\s+\S+\s+(?:real|biological|actual|true|birth)\s))\s+((?:the|her|his|their)\s|\p{Lu}[\p{Ll}-]+(?:['’]s)?\s)(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u.exec(
      after,
    );
  if (!m) return undefined;
  const named = /^\p{Lu}/u.test(m[1]!) && !/^(?:The|Her|His|Their)\s/.test(m[1]!);
  const noun = [m[3], m[2]].find((w) => w && RELATION_NOUNS.has(w.toLowerCase()));
  // "becomes the muse of Jonny", "is the daughter of his teammate": the bond points forward, to whoever "of" names.
  const ofAfter =
    (noun === m[2] && m[3]?.toLowerCase() === 'of') || /^\s+of\b/i.test(after.slice(m.index + m[0].length));
  if (!noun || ofAfter) return undefined;
  const owner = named ? m[1]!.trim().replace(/['’]s$/, '') : m[1]!.trim().toLowerCase();
  return { noun: noun.toLowerCase(), owner, stated: 'after' };
}

/**
 * "Her lodger this winter is a silent welder called Tor", "His partner was Jo", "Ada's lover is a diplomat, Tor": a
 * possessive bond said before the name, joined to it by a verb of being (and a phrase naming them). `before` is the text up to
 * the name.
 */
export function bondNamedAfter(before: string): PersonBond | undefined {
  const m =
    /\b([Hh]er|[Hh]is|[Tt]heir|\p{Lu}\p{Ll}+['’]s)\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)\s+(?:this\s+\p{Ll}+\s+)?(?:is|was|will be|turns out to be)\s+(?:(?:a|an|the)\s+[^,.;:!?]{0,40}?(?:\s+(?:called|named)\s+|\s*,\s*))?$/u.exec(
      before,
    );
  const noun = m ? [m[3], m[2]].find((w) => w && RELATION_NOUNS.has(w)) : undefined;
  const owner = m?.[1]?.replace(/['’]s$/, '');
  if (!owner || !noun) return undefined;
  // A pronoun's owner is found by its lower-case form; a name's by the name.
  return { noun, owner: /^(?:her|his|their)$/i.test(owner) ? owner.toLowerCase() : owner };
}

/** "the nephew of Bruno, Carlo": a bond to someone named, said before the name it describes. */
export function bondOfNamedBefore(before: string): PersonBond | undefined {
  const m = /\b([\p{Ll}-]+)\s+of\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*,\s*$/u.exec(before);
  const noun = m?.[1];
  return m && noun && RELATION_NOUNS.has(noun) ? { noun, owner: m[2]! } : undefined;
}

/** A possessive phrase holding a relation noun ("her estranged daughter"): the bond and its owner. */
export function possessionOf(phrases: readonly string[]): PersonBond | undefined {
  for (const p of phrases) {
    const words = p.split(/\s+/);
    const owner = words.find((w) => POSSESSIVES.has(w.toLowerCase()) || /['’]s$/.test(w));
    // "his commanding officer": a bond of two words before one of its words.
    const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
    // "his three granddaughters, Kim, Lien and Hoa": a plural bond is each one's.
    const bondKey = (w: string) =>
      [w.toLowerCase(), singular(w.toLowerCase())].find((k) => RELATION_NOUNS.has(k));
    const noun = [...pairs, ...words].map(bondKey).find(Boolean);
    if (owner && noun) return { noun, owner: owner.replace(/['’]s$/, '') };
  }
  return undefined;
}
