// All-capital words of an idea: a name shouted in capitals ("HELIX"), and the few places written that way ("LA").
import { PLACE_ACRONYMS } from './brief-words';
import type { IdeaName } from './idea-names';
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';

/** Common acronyms in capitals: never a name shouted in capitals. */
const ACRONYMS = new Set([
  'USA',
  'UK',
  'NYC',
  'FBI',
  'CIA',
  'NASA',
  'USSR',
  'WWII',
  'WWI',
  'TV',
  'DJ',
  'CEO',
  'LA',
  'AI',
]);

// "HELIX" after "the colony's AI,": all-caps words are not names for the prose finder (headings, shouting).
export function allCapsNames(tokens: readonly Token[]): NameMention[] {
  const out: NameMention[] = [];
  tokens.forEach((t, i) => {
    if (!t.word || t.text.length < 3 || t.text !== t.text.toUpperCase() || !/\p{Lu}/u.test(t.text)) return;
    if (ACRONYMS.has(t.text) || /\d/.test(t.text)) return;
    const prev = tokens[i - 1];
    if (!prev || !(prev.text === ',' || prev.lower === 'named' || prev.lower === 'called')) return;
    out.push({
      words: [t.text],
      key: t.lower,
      surface: t.text,
      start: t.start,
      end: t.end,
      first: i,
      last: i + 1,
      initial: false,
      placePrefix: false,
    });
  });
  return out;
}

/** "LA, 1947.", "aboard the ISS": the few all-capital places, which the name finder leaves out as acronyms. */
export function withPlaceAcronyms(tokens: readonly Token[], names: IdeaName[]): IdeaName[] {
  const places = tokens.flatMap((t, i): IdeaName[] =>
    t.word && PLACE_ACRONYMS.has(t.text) && !names.some((n) => n.start <= t.start && n.end >= t.end)
      ? [{ kind: 'place', name: t.text, start: t.start, end: t.end, first: i, last: i + 1 }]
      : [],
  );
  return places.length ? [...names, ...places].sort((a, b) => a.start - b.start) : names;
}
