// Character relationships from co-occurrence in short passages, with lexicon sentiment and cue-word kinds.
import type { Token } from './tokenize';
import type { ProseCharacter, ProseRelationship, RelationshipKind } from './prose-types';
import { sentimentSign } from './text-sentiment';
import { RELATION_CUES } from './word-tables';

/** Sentences per passage when paragraphs are long or absent. */
const PASSAGE_SENTENCES = 4;
/** Cap on characters per passage, so crowd scenes stay linear. */
const MAX_CAST = 12;

interface PairAcc {
  a: string;
  b: string;
  interactions: number;
  sentiment: number;
  cues: Map<RelationshipKind, number>;
}

/** Undirected relationships between characters sharing a passage; strongest ties first. */
export function buildRelationships(
  tokens: readonly Token[],
  characters: readonly ProseCharacter[],
): ProseRelationship[] {
  // Passage id per token: a new passage at each paragraph or every PASSAGE_SENTENCES sentences.
  const passageOf = new Int32Array(tokens.length);
  let passage = 0;
  let passageSent = tokens[0]?.sent ?? 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && (t.para !== prev.para || t.sent - passageSent >= PASSAGE_SENTENCES)) {
      passage++;
      passageSent = t.sent;
    }
    passageOf[i] = passage;
  }
  const passageCount = passage + 1;
  // Sentiment per passage, one pass.
  const pos = new Float64Array(passageCount);
  const neg = new Float64Array(passageCount);
  for (let i = 0; i < tokens.length; i++) {
    const sign = sentimentSign(tokens, i);
    if (sign > 0) pos[passageOf[i]!]! += 1;
    else if (sign < 0) neg[passageOf[i]!]! += 1;
  }
  const cues = sentenceCues(tokens, characters);
  // Cast per passage from character spans (binary search of the span start among tokens).
  const cast = new Map<number, Set<string>>();
  for (const c of characters) {
    for (const s of c.spans) {
      const p = passageOf[tokenAt(tokens, s.start)]!;
      let set = cast.get(p);
      if (!set) cast.set(p, (set = new Set()));
      if (set.size < MAX_CAST) set.add(c.name);
    }
  }
  const pairs = new Map<string, PairAcc>();
  for (const [p, names] of cast) {
    if (names.size < 2) continue;
    const list = [...names].sort();
    const score = (pos[p]! - neg[p]!) / (pos[p]! + neg[p]! + 1);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]}\u0000${list[y]}`;
        let acc = pairs.get(key);
        if (!acc)
          pairs.set(
            key,
            (acc = { a: list[x]!, b: list[y]!, interactions: 0, sentiment: 0, cues: new Map() }),
          );
        acc.interactions++;
        acc.sentiment += score;
      }
    }
  }
  const surnames = new Map(characters.map((c) => [c.name, surname(c)]));
  for (const [key, acc] of pairs) {
    for (const [k, n] of cues.get(key) ?? []) acc.cues.set(k, (acc.cues.get(k) ?? 0) + n);
    // "Hannah Cole" and "Michael Cole", "Miss Ormsby" and "Lady Ormsby": one surname is one family.
    const sa = surnames.get(acc.a);
    if (sa && sa === surnames.get(acc.b))
      acc.cues.set('family', (acc.cues.get('family') ?? 0) + ATTACHED_KIN);
  }
  return [...pairs.values()]
    .map(toRelationship)
    .sort((x, y) => y.interactions - x.interactions || y.strength - x.strength);
}

function toRelationship(acc: PairAcc): ProseRelationship {
  const strength = clamp(acc.sentiment / acc.interactions, -1, 1);
  // Trust grows with repeated contact and falls with hostile passages.
  const familiarity = 1 - Math.exp(-acc.interactions / 3);
  const trust = clamp(0.5 + 0.5 * strength, 0, 1) * (0.4 + 0.6 * familiarity);
  return {
    source: acc.a,
    target: acc.b,
    strength: round(strength),
    trust: round(trust),
    kind: pickKind(acc.cues, strength),
    interactions: acc.interactions,
  };
}

function pickKind(cues: Map<RelationshipKind, number>, strength: number): RelationshipKind {
  let best: RelationshipKind = 'other';
  let bestN = 0;
  for (const [k, n] of cues) {
    // Hostile cue words only make enemies/rivals when the shared passages are negative overall.
    const n2 = (k === 'enemy' || k === 'rivalry') && strength >= 0 ? n / 2 : n;
    if (n2 > bestN) {
      best = k;
      bestN = n2;
    }
  }
  return best;
}

/** Character name per token inside one of its mentions. */
function nameTokens(tokens: readonly Token[], characters: readonly ProseCharacter[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of characters)
    for (const s of c.spans)
      for (let i = tokenAt(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end; i++)
        out.set(i, c.name);
  return out;
}

/** Words either side of a kin word within which a name ties it to that person ("her sister Clara", "Tom's father"). */
const KIN_REACH = 2;
/** A kin word tied to one of the pair is explicit, so it outweighs mood words like "loved". */
const ATTACHED_KIN = 2.5;

/** The last name word of a character with a first name or title and a surname ("Hannah Cole" → "cole"). */
function surname(c: ProseCharacter): string | undefined {
  const words = [c.name, ...c.aliases]
    .map((n) => n.replace(/['’]s$/, '').split(/\s+/))
    .find((w) => w.length > 1);
  return words?.[words.length - 1]?.toLowerCase();
}

/**
 * Cue words per pair, counted only in sentences naming both: a kind follows what the text says of the two, not
 * of whoever else shares the passage. A kin word counts only when it is tied to one of them ("her sister Clara");
 * "her mother watched them" says nothing of two lovers.
 */
function sentenceCues(
  tokens: readonly Token[],
  characters: readonly ProseCharacter[],
): Map<string, Map<RelationshipKind, number>> {
  const names = nameTokens(tokens, characters);
  const out = new Map<string, Map<RelationshipKind, number>>();
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (to < tokens.length && tokens[to]!.sent === tokens[from]!.sent) to++;
    const cast = new Set<string>();
    for (let i = from; i < to; i++) {
      const n = names.get(i);
      if (n && cast.size < MAX_CAST) cast.add(n);
    }
    if (cast.size >= 2) addSentenceCues(tokens, names, from, to, [...cast].sort(), out);
    from = to;
  }
  return out;
}

function addSentenceCues(
  tokens: readonly Token[],
  names: ReadonlyMap<number, string>,
  from: number,
  to: number,
  cast: readonly string[],
  out: Map<string, Map<RelationshipKind, number>>,
): void {
  for (let i = from; i < to; i++) {
    const kinds = RELATION_CUES.get(tokens[i]!.lower);
    if (!kinds || !tokens[i]!.word) continue;
    const owners = new Set<string>();
    for (let k = Math.max(from, i - KIN_REACH); k <= Math.min(to - 1, i + KIN_REACH); k++) {
      const n = names.get(k);
      if (n && k !== i) owners.add(n);
    }
    for (let x = 0; x < cast.length; x++)
      for (let y = x + 1; y < cast.length; y++) {
        const key = `${cast[x]}\u0000${cast[y]}`;
        const m = out.get(key) ?? new Map<RelationshipKind, number>();
        out.set(key, m);
        for (const kind of kinds) {
          if (kind !== 'family') m.set(kind, (m.get(kind) ?? 0) + 1);
          else if (owners.has(cast[x]!) || owners.has(cast[y]!))
            m.set(kind, (m.get(kind) ?? 0) + ATTACHED_KIN);
        }
      }
  }
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const round = (v: number): number => Math.round(v * 1000) / 1000;
