// The prose of a screenplay (action lines) read by the language core: which of the cast each block names, how
// often, and the bonds the action states between them.
import { quotedTokens } from './dialogue-cues';
import { docStats } from './doc-stats';
import { findNameMentions, type NameMention } from './name-mentions';
import { clusterPersons, type PersonCluster } from './person-clusters';
import { buildRelationships } from './prose-relations';
import type { ProseCharacter, RelationshipKind } from './prose-types';
import { tokenize, type Token } from './tokenize';

/** What the action prose says of the cast. Names are the cast's names exactly as passed in. */
export interface ScriptProse {
  /** Per block, the cast members it names, in cast order. */
  named: string[][];
  /** How often the prose names each cast member (quoted text such as signs excluded). */
  mentions: Map<string, number>;
  /** The bond the prose states between two cast members ("her brother"), keyed by `pairKey`; 'other' is left out. */
  kinds: Map<string, RelationshipKind>;
}

/** Key of an unordered pair of cast names. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Reads a script's prose blocks (its action paragraphs) against its cast (the speakers). Scripts write a name in
 * capitals where the character first appears ("ANNA (30s) stirs a pot"); those words are read as names. A name
 * counts for a cast member when the shared person clustering puts it with the cast member's name: "Anna" and
 * "ANNA" for ANNA, "Mrs. Dunmore" or "Edith" for EDITH DUNMORE.
 */
export function readScriptProse(blocks: readonly string[], cast: readonly string[]): ScriptProse {
  const text = blocks.map(titleCaseCapitals).join('\n\n');
  const tokens = tokenize(text);
  const ranges = blockRanges(blocks);
  const declared = new Set(cast.map((c) => titleCaseCapitals(c.trim()).toLowerCase()));
  const spoken = proseMentions(text, tokens, ranges, declared);
  const castMentions = new Map<NameMention, string>();
  for (const name of cast) {
    const m = castMention(name);
    if (m) castMentions.set(m, name);
  }
  const owner = ownersOf(clusterPersons([...castMentions.keys(), ...spoken]), castMentions);
  const mentions = new Map(cast.map((c) => [c, 0]));
  const sets = blocks.map(() => new Set<string>());
  const spans = new Map<string, { start: number; end: number }[]>();
  let block = 0;
  // Mentions come in text order: one walk along the blocks places them all.
  for (const m of spoken) {
    while (block < ranges.length - 1 && m.start >= ranges[block]!.end) block++;
    const who = owner.get(m);
    if (!who) continue;
    mentions.set(who, (mentions.get(who) ?? 0) + 1);
    sets[block]?.add(who);
    const list = spans.get(who) ?? [];
    list.push({ start: m.start, end: m.end });
    spans.set(who, list);
  }
  return {
    named: sets.map((s) => cast.filter((c) => s.has(c))),
    mentions,
    kinds: statedKinds(tokens, spans),
  };
}

/** "ANNA", "O'MALLEY", "MARY-JANE" → "Anna", "O'Malley", "Mary-Jane": same length, so offsets still hold. */
function titleCaseCapitals(block: string): string {
  return block.replace(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?![\p{L}\p{N}])/gu, (word) =>
    word
      .toLowerCase()
      .replace(/(^|['’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
  );
}

/** Offsets of each block in the joined text (blocks are joined by a blank line). */
function blockRanges(blocks: readonly string[]): { start: number; end: number }[] {
  let at = 0;
  return blocks.map((b) => {
    const r = { start: at, end: at + b.length };
    at = r.end + 2;
    return r;
  });
}

/** The name mentions of the prose, without those inside quotation marks (signs, read-out text). */
function proseMentions(
  text: string,
  tokens: readonly Token[],
  ranges: readonly { start: number; end: number }[],
  declared: ReadonlySet<string>,
): NameMention[] {
  // Quotes are read block by block: a stray mark in one action line does not silence the next ones.
  const quoted = new Uint8Array(tokens.length);
  let i = 0;
  for (const r of ranges) {
    const from = i;
    while (i < tokens.length && tokens[i]!.start < r.end) i++;
    quoted.set(quotedTokens(tokens.slice(from, i)), from);
  }
  return findNameMentions(text, tokens, docStats(tokens), declared).filter((m) => !quoted[m.first]);
}

/** A cast name as the name finder reads it ("MRS. DUNMORE" → honorific Mrs, name Dunmore). */
function castMention(name: string): NameMention | undefined {
  const written = titleCaseCapitals(name.trim());
  const tokens = tokenize(written);
  const found = findNameMentions(written, tokens, docStats(tokens), new Set([written.toLowerCase()]));
  // The finder keeps a name only with evidence from its context; a cast name needs none, the format says it.
  const whole = found.length === 1 ? found[0] : undefined;
  const words = whole?.words ?? tokens.filter((t) => t.word).map((t) => t.text);
  if (words.length === 0) return undefined;
  return {
    ...(whole?.honorific ? { honorific: whole.honorific } : {}),
    words,
    key: words.join(' ').toLowerCase(),
    surface: written,
    start: -1,
    end: -1,
    first: -1,
    last: -1,
    initial: false,
    placePrefix: false,
  };
}

/**
 * Which cast member each prose mention names: the one whose name shares its cluster. A cluster holding two cast
 * names (ANNA and ANNA LEE both speak) gives its prose mentions to the cast member listed first.
 */
function ownersOf(
  clusters: readonly PersonCluster[],
  castMentions: ReadonlyMap<NameMention, string>,
): Map<NameMention, string> {
  const out = new Map<NameMention, string>();
  for (const c of clusters) {
    const who = c.mentions.map((m) => castMentions.get(m)).find((n) => n !== undefined);
    if (who === undefined) continue;
    for (const m of c.mentions) if (!castMentions.has(m)) out.set(m, who);
  }
  return out;
}

/** The bonds the prose states between cast members, by the prose analyzer's cue words. */
function statedKinds(
  tokens: readonly Token[],
  spans: ReadonlyMap<string, { start: number; end: number }[]>,
): Map<string, RelationshipKind> {
  const characters: ProseCharacter[] = [...spans].map(([name, s]) => ({
    name,
    aliases: [],
    mentions: s.length,
    importance: 'minor',
    spans: s,
  }));
  const out = new Map<string, RelationshipKind>();
  for (const r of buildRelationships(tokens, characters))
    if (r.kind !== 'other') out.set(pairKey(r.source, r.target), r.kind);
  return out;
}
