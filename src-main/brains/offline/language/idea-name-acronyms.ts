// All-capital words of an idea: a name shouted in capitals ("HELIX"), and the few places written that way ("LA").
import { MACHINE_NOUNS, PLACE_ACRONYMS } from './brief-words';
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
    if (ACRONYMS.has(t.text)) return;
    const prev = tokens[i - 1];
    const namer = prev?.lower === 'named' || prev?.lower === 'called';
    // "an android named KESTREL-9", "KAZE-7, the hotel's robot": a machine's model name holds digits.
    if (/\d/.test(t.text) && !namer && !machineAfter(tokens, i)) return;
    if (!prev || !(prev.text === ',' || namer || /\d/.test(t.text))) return;
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

/** ", the hotel's glitchy robot": a word for a machine in the phrase set after the token at `i` by a comma. */
function machineAfter(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  const phrase = tokens.slice(i + 2, i + 8);
  const end = phrase.findIndex((t) => !t.word && !/^['’]s$/.test(t.text));
  return (end < 0 ? phrase : phrase.slice(0, end)).some((t) => MACHINE_NOUNS.has(t.lower));
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
