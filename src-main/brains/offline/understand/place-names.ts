// Turns a described place or scene into a short title ("a derelict mill by the river" → "Derelict Mill").
import { cleanPhrase, stripArticle, titleCase } from './text-utils';

/** Words after which a place phrase stops being its name and starts being description. */
const CUT =
  /\s+(?:on|in|at|by|near|with|that|where|which|who|overlooking|along|beside|behind|under|next to|across|outside|inside|beyond|full of|filled with|from|during|for|off|above|below|downtown|run by|owned by)\b.*$/i;

/** A sensible title for a place phrase: no article, no trailing prepositional description, title-cased. */
export function placeTitle(phrase: string): string {
  const core = stripArticle(cleanPhrase(phrase)).replace(CUT, '');
  const words = core.split(/\s+/).slice(0, 5).join(' ');
  return titleCase(words || cleanPhrase(phrase));
}

const TIMES: Array<[RegExp, string]> = [
  [/\b(?:at|by|during the|in the)\s+(night|midnight|nighttime)\b|\btonight\b/i, 'night'],
  [/\b(?:at|in the)\s+(dawn|sunrise)\b/i, 'dawn'],
  [/\b(?:at|in the)\s+(dusk|sunset|twilight)\b/i, 'dusk'],
  [/\bin the (morning)\b/i, 'morning'],
  [/\bin the (afternoon)\b/i, 'afternoon'],
  [/\bin the (evening)\b/i, 'evening'],
  [/\b(?:during the|by|in broad) (day|daylight|daytime)\b/i, 'day'],
];

/** Time of day named in a scene description, if any. */
export function timeOfDay(text: string): string | undefined {
  for (const [re, t] of TIMES) if (re.test(text)) return t;
  return undefined;
}

/**
 * The setting phrase of a scene: "at the diner at night" → "the diner", "in the hospital cafeteria" →
 * "the hospital cafeteria". Times of day ("at night", "in the morning") are not settings.
 */
export function findSetting(text: string): { setting: string; start: number } | undefined {
  const re = /\b(?:in|at|on|inside|outside|near|aboard)\s+((?:the|a|an|his|her|their|my)\s+[^,.;!?\n]+)/gi;
  for (const m of text.matchAll(re)) {
    let phrase = (m[1] ?? '').replace(
      /\s+(?:at|in|on|during|about|over|because|while|when|after|before|and then|to|until|with)\b.*$/i,
      '',
    );
    phrase = cleanPhrase(phrase);
    if (
      /^(?:the\s+)?(?:night|morning|evening|afternoon|day|dawn|dusk|end|middle|beginning|same time|moment|past|future|meantime|mood|style|way)\b/i.test(
        phrase,
      )
    )
      continue;
    if (/^(?:a|an|the)\s+(?:\d+|[a-z]+-(?:second|minute|hour))/i.test(phrase)) continue;
    if (phrase.split(/\s+/).length > 8) continue;
    return { setting: phrase, start: (m.index ?? 0) + m[0].length - (m[1] ?? '').length };
  }
  return undefined;
}

/** A slugline prefix opening a place phrase: "EXT. old pier", "INT./EXT. car". */
const LEADING_CUE = /^\s*(?:(int\.?\s*\/\s*ext\.|i\/e\.?)|(int\.)|(ext\.))\s*/i;
/** An inside/outside word closing a place phrase: "the old pier, exterior", "the harbour (outdoors)". */
const TRAILING_CUE =
  /\s*(?:[,;–-]\s*|\(\s*)?\b(?:(int\.?\s*\/\s*ext\.?)|(int\.?|interior|indoors?|inside)|(ext\.?|exterior|outdoors?|outside))\s*\)?\s*[.!]?\s*$/i;

type PlaceSetting = 'interior' | 'exterior' | 'both';

/**
 * Splits an interior/exterior cue off a place phrase: "the old pier, exterior" → "the old pier" + exterior,
 * "EXT. old pier" → "old pier" + exterior. The cue is a fact about the place, never part of its name; a cue
 * word inside the name ("an exterior wall of the fort") is left alone.
 */
export function splitSettingCue(phrase: string): { phrase: string; setting?: PlaceSetting } {
  const m = LEADING_CUE.exec(phrase) ?? TRAILING_CUE.exec(phrase);
  if (!m) return { phrase };
  const setting: PlaceSetting = m[1] ? 'both' : m[2] ? 'interior' : 'exterior';
  const rest = cleanPhrase(phrase.slice(0, m.index) + phrase.slice(m.index + m[0].length));
  // "an interior" leaves no name at all, only the cue.
  return { phrase: /^(?:an?|the)$/i.test(rest) ? '' : rest, setting };
}

/** A slugline prefix at the start of a text: "EXT. old pier, at dawn" → exterior + "old pier, at dawn". */
export function leadingSettingCue(text: string): { text: string; setting?: PlaceSetting } {
  const m = LEADING_CUE.exec(text);
  if (!m) return { text };
  return { text: text.slice(m[0].length), setting: m[1] ? 'both' : m[2] ? 'interior' : 'exterior' };
}

/** A screenplay slugline written in a message, split into its parts. */
export interface Slugline {
  /** "INT. DINER - NIGHT", normalised to capitals and single spaces. */
  heading: string;
  /** The place as a location name: "Diner". */
  place: string;
  setting: PlaceSetting;
  /** "NIGHT", when the slugline names a time. */
  time?: string;
  start: number;
  end: number;
}

/** Times a slugline may end with; anything else after the dash is part of the place ("HOUSE - KITCHEN"). */
const SLUG_TIMES =
  'DAY|NIGHT|MORNING|AFTERNOON|EVENING|DAWN|DUSK|SUNRISE|SUNSET|NOON|MIDNIGHT|TWILIGHT|LATER|CONTINUOUS|MOMENTS LATER|SAME TIME';
const SLUGLINE = new RegExp(
  String.raw`\b(INT\.?\s*\/\s*EXT\.?|I\/E\.?|INT\.|EXT\.)\s*([^\n.!?]+?)(?:\s+-+\s*(${SLUG_TIMES})\b|(?=\s+(?:where|in which|when|with|as|and|while|about)\b|[.,;!?\n]|$))`,
  'i',
);

/**
 * The slugline in "add a scene INT. DINER - NIGHT where Sarah meets Tom": heading, place "Diner", interior,
 * time NIGHT. The prefix must be a screenplay one (INT./EXT./I/E); the place keeps any sub-place
 * ("HOUSE - KITCHEN").
 */
export function findSlugline(text: string): Slugline | undefined {
  const m = SLUGLINE.exec(text);
  if (!m) return undefined;
  const prefix = m[1]!.toUpperCase().replace(/\s+/g, '');
  const setting: PlaceSetting = /\/|I\/E/.test(prefix)
    ? 'both'
    : prefix.startsWith('INT')
      ? 'interior'
      : 'exterior';
  const place = cleanPhrase(m[2]!.replace(/\s*-+\s*$/, ''));
  if (!place) return undefined;
  const time = m[3]?.toUpperCase().replace(/\s+/g, ' ');
  const label = setting === 'both' ? 'INT./EXT.' : setting === 'interior' ? 'INT.' : 'EXT.';
  const heading = `${label} ${place.toUpperCase().replace(/\s+/g, ' ')}${time ? ` - ${time}` : ''}`;
  const name = titleCase(stripArticle(place.split(/\s+-+\s+/)[0]!.toLowerCase()));
  return {
    heading,
    place: name,
    setting,
    ...(time ? { time } : {}),
    start: m.index,
    end: m.index + m[0].length,
  };
}
