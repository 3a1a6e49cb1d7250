// Places embedded in person names: "Lavelle of Java", "the Duke of York" also mention Java and York.
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { isDemonym } from './word-tables';

/**
 * The place part of a person mention of the form "<name> of <Place>", as a mention of its own,
 * or undefined when the mention has no capitalised words after an inner "of".
 */
export function originPlace(tokens: readonly Token[], m: NameMention): NameMention | undefined {
  let of = -1;
  for (let k = m.first + 1; k < m.last - 1; k++) {
    if (tokens[k]!.text === 'of') {
      of = k;
      break;
    }
  }
  if (of < 0) return undefined;
  const tail = tokens.slice(of + 1, m.last).filter((t) => t.word);
  const firstTok = tail[0];
  const lastTok = tail[tail.length - 1];
  if (!firstTok || !lastTok || !firstTok.cap) return undefined;
  const words = tail.map((t) => t.text);
  // "these Crappoes of Frenchmen": a people, not a place, after the "of".
  if (words.length === 1 && isDemonym(words[0]!.toLowerCase())) return undefined;
  return {
    words,
    key: words.map((w) => w.toLowerCase()).join(' '),
    surface: words.join(' ').replace(/ (['’]s)\b/g, ' $1'),
    start: firstTok.start,
    end: lastTok.end,
    first: of + 1,
    last: m.last,
    initial: false,
    placePrefix: false,
  };
}
