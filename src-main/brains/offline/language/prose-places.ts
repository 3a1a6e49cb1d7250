// Groups place-name mentions into locations and guesses interior/exterior from the head word.
import type { NameMention } from './name-mentions';
import type { ProseLocation } from './prose-types';
import { INTERIOR_HEADS, PLACE_HEADS, PLACE_PREFIXES, isGazetteerPlace } from './word-tables';

/** Key without a leading article or possessive, so "the Thames" and "Thames" group together. */
function placeKey(m: NameMention): string {
  return m.key.replace(/^the /, '').replace(/ ['’]s\b/g, "'s");
}

/**
 * The bare name inside a place name built on a kind of place: "Island of Lamu" → "lamu", "Lake Champlain" →
 * "champlain", "Hudson River" → "hudson", "Ashby Parva" → "ashby"; undefined for other keys.
 */
function bareName(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  if (words.length > 2 && words[1] === 'of' && PLACE_HEADS.has(words[0]!)) return words.slice(2).join(' ');
  if (PLACE_PREFIXES.has(words[0]!) && PLACE_HEADS.has(words[0]!)) return words.slice(1).join(' ');
  const last = words[words.length - 1]!;
  if (PLACE_HEADS.has(last) && GEOGRAPHIC_HEADS.has(last)) return words.slice(0, -1).join(' ');
  // "Ashby Parva" is also "Ashby": a two-word name with no kind of place in it; "Ashby Park" is not "Ashby".
  if (words.length === 2 && !isKnownOrKind(last) && !PLACE_PREFIXES.has(words[0]!)) return words[0];
  return undefined;
}

/** A kind of place ("Park") or a place of the gazetteer ("London", which a heading may run into: "Chancery London"). */
const isKnownOrKind = (word: string): boolean => PLACE_HEADS.has(word) || isGazetteerPlace(word);

/** Heads of natural features, which the bare name also names ("the Hudson River" is "the Hudson"); a "Hall" is not its town. */
const GEOGRAPHIC_HEADS = new Set([
  'river',
  'lake',
  'mountain',
  'mountains',
  'island',
  'isle',
  'sea',
  'ocean',
  'bay',
  'forest',
  'hills',
  'valley',
  'creek',
  'loch',
  'strait',
  'straits',
  'gulf',
  'channel',
  'falls',
]);

/** Builds the location list; mentions of one key form one location, and a bare name joins its full form. */
export function buildLocations(mentions: readonly NameMention[]): ProseLocation[] {
  const groups = new Map<string, NameMention[]>();
  for (const m of mentions) {
    const k = placeKey(m);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  for (const key of [...groups.keys()]) {
    const bare = bareName(key);
    const short = bare === undefined ? undefined : groups.get(bare);
    if (!short) continue;
    groups.get(key)!.push(...short);
    groups.delete(bare!);
  }
  const out: ProseLocation[] = [];
  for (const [key, ms] of groups) {
    const surfaces = new Map<string, number>();
    for (const m of ms) surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
    const names = [...surfaces.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const head = key.split(' ').pop() ?? '';
    const kind = INTERIOR_HEADS.has(head)
      ? 'interior'
      : PLACE_HEADS.has(head) || !key.includes(' ')
        ? 'exterior'
        : undefined;
    out.push({
      name: names[0]!,
      aliases: names.slice(1),
      mentions: ms.length,
      ...(kind ? { kind } : {}),
      spans: ms.map((m) => ({ start: m.start, end: m.end })),
    });
  }
  return out.sort((a, b) => b.mentions - a.mentions || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}
