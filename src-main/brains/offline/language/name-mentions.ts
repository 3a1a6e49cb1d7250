// Finds proper-name mentions: runs of capitalised words, with honorifics split off and noise trimmed.
import type { Token } from './tokenize';
import { type DocStats, mostlyLower } from './doc-stats';
import { parseNumber } from './quantities';
import { isKnownPlace } from './world-places';
import {
  DEITIES,
  ABBREVIATIONS,
  HONORIFICS,
  NON_NAMES,
  SURNAME_STYLE,
  INSTITUTION_TITLES,
  PLACE_PREFIXES,
  PLACE_HEADS,
  ROAD_HEADS,
  isCommonOrEverydayWord,
  isEnglishNotName,
  isDemonym,
  isGazetteerPlace,
  nameTag,
} from './word-tables';

/** One occurrence of a capitalised name. */
export interface NameMention {
  /** Honorific as written without its period ("Mrs"), when one precedes the name. */
  honorific?: string;
  /** Name words as written ("Rachel", "Lynde"); never empty. */
  words: string[];
  /** Lower-case words joined by spaces: the grouping key. */
  key: string;
  /** Surface form with honorific, e.g. "Mrs. Rachel Lynde". */
  surface: string;
  start: number;
  end: number;
  /** Token index of the first and one past the last token of the mention (honorific included). */
  first: number;
  last: number;
  /** First name word sits at a sentence start (capitalisation is then weak evidence). */
  initial: boolean;
  /** Starts with a place prefix ("St.", "Mount", "Lake"). */
  placePrefix: boolean;
}

/** Capitalised words the text writes at least once without a capitalised side of the compass before them. */
function wordsStandingAlone(tokens: readonly Token[]): Set<string> {
  const alone = new Set<string>();
  tokens.forEach((t, k) => {
    const before = tokens[k - 1];
    if (t.cap && !(before?.cap && COMPASS.has(before.lower))) alone.add(t.lower);
  });
  return alone;
}

/** The four sides of the compass, lower case. */
export const COMPASS = new Set(['north', 'south', 'east', 'west']);
/** Nationality adjectives the lexicon may not tag ("Irish", "Spanish", "Indian", "Dutch", "Chinese"). */
const NATIONALITY_ENDING = /(?:ish|ian|ese|an|ch)$/;
const WEAK_TITLES = new Set(['old', 'young', 'little', 'poor', 'dear', 'cousin', 'friend', 'good', 'honest']);
/** Lower-case words inside a name: "Cape of Good Hope", "Ana de la Cruz", "Piazza delle Rane". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'du',
  'van',
  'von',
  'der',
  'le',
  'la',
  'da',
  'di',
  'del',
  'dei',
  'della',
  'delle',
  'degli',
  'las',
  'los',
  'des',
  'den',
  'ter',
  'dos',
  'das',
  'bin',
  'bint',
  'ibn',
  'ap',
  'y',
]);

/**
 * Linear scan of the tokens; returns mentions in text order. `declared` holds lower-case names the document itself
 * declares (a script's cast): written capitalised, they are names even where an ordinary word would be dropped
 * ("Brick and Steel get in" at a sentence start).
 */
export function findNameMentions(
  text: string,
  tokens: readonly Token[],
  stats: DocStats,
  declared: ReadonlySet<string> = new Set(),
): NameMention[] {
  const out: NameMention[] = [];
  // Found on the first name a side of the compass opens, not for every text.
  let alone: Set<string> | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    // Collect the raw run: capitalised words, periods after abbreviations, inner connectors,
    // and "'s" inside place names ("Lincoln 's Inn").
    const run: number[] = [];
    let j = i;
    while (j < tokens.length) {
      const u = tokens[j]!;
      // "Inspector Joy Mensah\nPlot: …": a label opening the next line is no part of the name before it.
      if (u.cap && run.length > 0 && u.lineStart && tokens[j + 1]?.text === ':') break;
      if (u.cap) {
        run.push(j);
        j++;
        // "Mr. Jones", "St. Ives": only an abbreviation takes the full stop ("said the Major . Florence …" ends there).
        if (
          tokens[j]?.text === '.' &&
          (HONORIFICS.has(u.lower) || PLACE_PREFIXES.has(u.lower)) &&
          ABBREVIATIONS.has(u.lower) &&
          tokens[j + 1]?.cap
        )
          j++;
        continue;
      }
      const next = tokens[j + 1];
      if (next?.cap && run.length > 0 && CONNECTORS.has(u.text)) {
        run.push(j);
        j++;
        continue;
      }
      // "Maarten van der Berg", "Ana de la Cruz": two connectors in a row between capitalised words.
      if (
        run.length > 0 &&
        CONNECTORS.has(u.text) &&
        CONNECTORS.has(next?.text ?? '') &&
        tokens[j + 2]?.cap
      ) {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
      if (next?.cap && run.length > 0 && /^['’]s$/.test(u.text) && PLACE_HEADS.has(lastCapAfter(j + 1))) {
        run.push(j);
        j++;
        continue;
      }
      break;
    }
    i = j;
    emitRun(run);
  }
  return out;

  function lastCapAfter(k: number): string {
    let last = '';
    while (tokens[k]?.cap) last = tokens[k++]!.lower;
    return last;
  }

  function emitRun(run: number[]): void {
    // A declared name is kept whole ("Patron Two"), even where it holds words that are never names alone, and so
    // is a known town ("Da Nang", "El Paso").
    const whole = run.map((k) => tokens[k]!.lower).join(' ');
    if (declared.has(whole) || (run.length > 1 && isKnownPlace(whole))) return flush(run);
    // "Later Grace Adeyemi calls": a declared name after the word opening the sentence.
    const rest = run.slice(1);
    const restKey = rest.map((k) => tokens[k]!.lower).join(' ');
    if (tokens[run[0]!]!.sentStart && rest.length > 1 && declared.has(restKey)) return flush(rest);
    // Split at words that are never names ("Then I", "Yes Sir") and trim ambiguous sentence starts.
    let seg: number[] = [];
    for (const k of run) {
      const u = tokens[k]!;
      const isHon = HONORIFICS.has(u.lower) || PLACE_PREFIXES.has(u.lower);
      // A strong honorific inside a run starts a new name: "from Australia Mrs. Rachel". One that ends the run or
      // comes before a kind of place is part of a place's name: "at Mercy General", "Cedar Grove General Hospital".
      const prevTok = seg.length > 0 ? tokens[seg[seg.length - 1]!] : undefined;
      if (
        HONORIFICS.has(u.lower) &&
        prevTok &&
        !HONORIFICS.has(prevTok.lower) &&
        SURNAME_STYLE.has(u.lower) &&
        namesSomeoneAfter(run, k)
      ) {
        flush(seg);
        seg = [];
      }
      // "of Wuthering Heights Catherine was thinking": a first name after a place name ending in its kind of place
      // starts a name of its own.
      if (firstNameAfterPlace(seg, u)) {
        flush(seg);
        seg = [];
      }
      // "Mr. Denholm of Ashby Parva": a person named by title and surname, then where he lives.
      if (u.lower === 'of' && isTitledPerson(seg)) {
        flush(seg);
        seg = [];
        continue;
      }
      // After an inner connector the words belong to the name: "Cape of Good Hope", "Order of the Garter".
      const afterConnector = seg.some((x) => CONNECTORS.has(tokens[x]!.text));
      // "South End", "Mile End": a kind of place that is never a name alone still closes the place name before it.
      const closesPlaceName = seg.length > 0 && PLACE_HEADS.has(u.lower);
      if (
        u.cap &&
        !isHon &&
        NON_NAMES.has(u.lower) &&
        !afterConnector &&
        !closesPlaceName &&
        !opensPlaceName(run, k) &&
        !beforeClosingTitle(run, k)
      ) {
        flush(seg);
        seg = [];
        continue;
      }
      seg.push(k);
    }
    flush(seg);
  }

  // "taken to Mercy General": inside a sentence, the words before a title that ends a hospital's name are part of it.
  function beforeClosingTitle(run: readonly number[], k: number): boolean {
    const last = run[run.length - 1]!;
    return (
      !tokens[run[0]!]!.sentStart &&
      k !== last &&
      INSTITUTION_TITLES.has(tokens[last]!.lower) &&
      !isDemonym(tokens[k]!.lower)
    );
  }

  // The title at `k` has a name after it in the run ("Mrs. Rachel"), not a kind of place ("General Hospital").
  function namesSomeoneAfter(run: readonly number[], k: number): boolean {
    let next = run.indexOf(k) + 1;
    if (tokens[run[next] ?? -1]?.text === '.') next++;
    const w = run[next] === undefined ? undefined : tokens[run[next]!];
    return !!w && w.cap && !PLACE_HEADS.has(w.lower);
  }

  function firstNameAfterPlace(seg: readonly number[], u: Token): boolean {
    const head = seg.length >= 2 ? tokens[seg[seg.length - 1]!]! : undefined;
    // "St" heads a street but opens a saint's name ("Gulf of St Lawrence").
    if (!head || !PLACE_HEADS.has(head.lower) || PLACE_PREFIXES.has(head.lower) || nameTag(head.lower))
      return false;
    const tag = nameTag(u.lower);
    return (tag === 'female' || tag === 'male') && !PLACE_HEADS.has(u.lower);
  }

  // "Irish Sea", "North America", "West Indies": a compass word or nationality opens a place name when the
  // next word of the run is a place head or a known place.
  function opensPlaceName(run: readonly number[], k: number): boolean {
    const u = tokens[k]!;
    if (!COMPASS.has(u.lower) && !isDemonym(u.lower) && !NATIONALITY_ENDING.test(u.lower)) return false;
    const next = run[run.indexOf(k) + 1];
    const w = next === undefined ? undefined : tokens[next];
    // "East Harnby", "West Harnby": a name the text never writes without its side of the compass is that place's.
    const sided = COMPASS.has(u.lower) && !!w && !(alone ??= wordsStandingAlone(tokens)).has(w.lower);
    return !!w && w.cap && (PLACE_HEADS.has(w.lower) || isGazetteerPlace(w.lower) || sided);
  }

  function flush(seg: number[]): void {
    // Drop a sentence-initial ordinary word ("Fog", "Then") that starts the run, unless the run is a declared name.
    while (seg.length > 0 && !declared.has(seg.map((k) => tokens[k]!.lower).join(' '))) {
      const u = tokens[seg[0]!]!;
      if (!u.cap) {
        seg.shift();
        continue;
      }
      const hon = HONORIFICS.has(u.lower) || PLACE_PREFIXES.has(u.lower);
      // "Regent Street opens …": without its first word the rest would be a bare kind of place, so the word is its name.
      const namesPlace = seg.length === 2 && PLACE_HEADS.has(tokens[seg[1]!]!.lower);
      if (!hon && !namesPlace && u.sentStart && seg.length > 1 && isOrdinary(u.lower)) {
        seg.shift();
        continue;
      }
      break;
    }
    while (seg.length > 0 && !tokens[seg[seg.length - 1]!]!.cap) seg.pop();
    if (seg.length === 0) return;
    // Split leading honorifics off.
    let h = 0;
    while (h < seg.length - 1 && isHonorificAt(seg[h]!)) h++;
    // "Duke Street", "Queen Square": a rank before a kind of street is part of the street's name.
    const lastLower = tokens[seg[seg.length - 1]!]!.lower;
    if (h > 0 && ROAD_HEADS.has(lastLower) && !SURNAME_STYLE.has(tokens[seg[h - 1]!]!.lower)) h = 0;
    const nameIdx = seg.slice(h);
    const words = nameIdx.map((k) => tokens[k]!.text);
    const firstName = tokens[nameIdx[0]!]!;
    const honTok = h > 0 ? tokens[seg[h - 1]!] : undefined;
    const lastTok = tokens[seg[seg.length - 1]!]!;
    const firstTok = tokens[seg[0]!]!;
    if (h === 0 && nameIdx.length === 1 && !keepSingle(firstName)) return;
    const honorific = honTok?.text;
    if (namesSisters(seg[0]!, honorific, lastTok)) return;
    const core = joinWords(nameIdx);
    out.push({
      honorific,
      words,
      key: words.map((w) => w.toLowerCase()).join(' '),
      surface: honorific ? `${honorific}${tokens[seg[h - 1]! + 1]?.text === '.' ? '.' : ''} ${core}` : core,
      start: firstTok.start,
      end: lastTok.end,
      first: seg[0]!,
      last: seg[seg.length - 1]! + 1,
      initial: firstName.sentStart,
      placePrefix: PLACE_PREFIXES.has(firstTok.lower) && nameIdx.length > 1,
    });
  }

  // "Mrs. Arden", "Miss Jane Tarrant": a title that goes before a surname, then names only.
  function isTitledPerson(seg: readonly number[]): boolean {
    const opener = tokens[seg[0]!];
    if (!opener || !SURNAME_STYLE.has(opener.lower)) return false;
    return seg
      .slice(1)
      .every((k) => tokens[k]!.text === '.' || (tokens[k]!.cap && !HONORIFICS.has(tokens[k]!.lower)));
  }

  // "the two Miss Tarrants": sisters counted together are a group, not a character.
  function namesSisters(first: number, honorific: string | undefined, lastTok: Token): boolean {
    if (honorific?.toLowerCase() !== 'miss' || !/s$/.test(lastTok.lower)) return false;
    return (parseNumber(tokens[first - 1]?.lower ?? '') ?? 0) >= 2;
  }

  // "Old"/"Little" capitalised mid-sentence belong to the name ("Old Jewry"); elsewhere they are titles.
  function isHonorificAt(k: number): boolean {
    const u = tokens[k]!;
    if (!HONORIFICS.has(u.lower)) return false;
    // "King 's Chapel": a possessive title names the owner of a place, it is not a title of the next word.
    if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return false;
    return !WEAK_TITLES.has(u.lower) || u.sentStart;
  }

  function joinWords(idx: number[]): string {
    return idx
      .map((k) => tokens[k]!.text)
      .join(' ')
      .replace(/ (['’]s)\b/g, ' $1');
  }

  // A lone capitalised word is a name candidate unless the document or lexicon says it is ordinary.
  function keepSingle(u: Token): boolean {
    if (u.lower.length < 2) return false;
    if (declared.has(u.lower) || DEITIES.has(u.lower)) return true;
    // A title alone ("Professor", "the Dean") stands for a person the text names elsewhere, or for nobody.
    if (NON_NAMES.has(u.lower) || HONORIFICS.has(u.lower)) return false;
    if (mostlyLower(stats, u.lower)) return false;
    if (u.sentStart) return !isOrdinary(u.lower) && !isRareWordOpening(u.lower);
    return true;
  }

  // "Middling, I think": a rarer English word that opens a sentence and is never capitalised inside one.
  function isRareWordOpening(lower: string): boolean {
    return (stats.capMidCount.get(lower) ?? 0) === 0 && isEnglishNotName(lower);
  }

  function isOrdinary(lower: string): boolean {
    if (NON_NAMES.has(lower)) return true;
    if ((stats.lowerCount.get(lower) ?? 0) > 0) return true;
    if (nameTag(lower)) return false;
    return isCommonOrEverydayWord(lower) && (stats.capMidCount.get(lower) ?? 0) === 0;
  }
}

/** Exposed for tests: the text of a mention span. */
export function mentionText(text: string, m: NameMention): string {
  return text.slice(m.start, m.end);
}
