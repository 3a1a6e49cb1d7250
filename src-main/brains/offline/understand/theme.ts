// Finds the premise of a production request as written ("about space exploration" → "space exploration").
import { DURATION_PATTERN } from '../language/quantities';
import { LEXICON, phraseAlternation } from './lexicon';
import { escapeRegex } from './text-utils';
import type { Span } from './vocabulary';

/** "… in black and white", "… in anime style": a visual style after the premise is not part of it. */
const STYLE_TAIL = String.raw`\s+in\s+(?:an?\s+)?(?:${LEXICON.styles.map(escapeRegex).join('|')})(?:\s+(?:style|look|aesthetic))?\s*(?:$|[,.;!?])`;

/** Verbs of a second request that may follow the premise ("… and export it as PDF", "…: turn it into a short"). */
const NEXT_REQUEST_VERBS = [
  ...(LEXICON.verbs.get('export') ?? []),
  'make',
  'build',
  'turn',
  'move on',
  'go to',
  'then',
]
  .map(escapeRegex)
  .join('|');
/** "… and export it as PDF", ", then move on to casting", ": turn it into a short": another request. */
const NEXT_REQUEST = String.raw`(?:\s+and|\s*[,:;])\s+(?:then\s+)?(?:${NEXT_REQUEST_VERBS})\s+(?:it|this|that|them|the|as|to|on)\b.*$`;

/** Where the premise phrase stops: settings, durations, moods and styles that follow it. */
const TAIL = new RegExp(
  [
    String.raw`\s*[,;]\s*(?:with\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?(?:mood|tone|vibes?|feel|feeling|energy|atmosphere|style|look|aesthetic)\b.*$`,
    // "…, and keep it gentle", "… and make it short": how the piece should be, after the premise.
    String.raw`\s*,?\s+and\s+(?:keep|make)\s+(?:it|them|the\s+[a-z]+)\b.*$`,
    String.raw`\s*[,;]\s*(?:in|for|under|around|at|set|shot|told|make|keep|using|no more|max|ideally|please|runtime|duration|length|\d).*$`,
    String.raw`\s+(?:in the style of|styled like|with an? [a-z-]+ (?:mood|tone|feel|vibe|style|look)|in an? [a-z-]+ style|set in|(?:in|for|of|at) (?:under |about |around |less than |roughly )?\d+(?:\.\d+)?[- ]?(?:sec|min|hour|s\b)|(?:that (?:lasts|runs)|lasting|running)\s+(?:about\s+|under\s+|around\s+)?(?:\d|(?:an?|one|half an?)\s+(?:hour|minute|min))|with a runtime|targeting|aimed at)\b.*$`,
    String.raw`[.!?]+(?:\s.*)?$`,
    String.raw`\s*,\s*(?:something|but|because|so that|which|nothing|kind of|sort of|could|can|would|will|please)\b.*$`,
    // "…, wistful", "…, warm and funny", "…, melancholy in mood": mood words closing the premise.
    String.raw`\s*[,;]\s*(?:(?:very|quite|really|a bit|kind of|slightly|super)\s+)?(?:${phraseAlternation([...LEXICON.moods])})(?:\s+(?:and|&)\s+[a-z]+)?(?:\s+(?:in\s+)?(?:mood|tone|feel))?\s*(?:[.!?]|$).*$`,
    // "…, low budget": the means, not the story.
    String.raw`\s*[,;]\s*(?:low|high|no|small|big|tiny|micro)[- ]budget\b.*$`,
    STYLE_TAIL + '.*$',
    NEXT_REQUEST,
    // "… ninety seconds long", "… might be nice": a runtime or a hedge closing the premise.
    String.raw`\s+` + DURATION_PATTERN + String.raw`\s+long\b.*$`,
    String.raw`\s+(?:might|would|could|will) be (?:nice|good|great|cool|fun|lovely)\b.*$`,
    // ", about forty-five seconds", " of two and a half minutes": a runtime after the premise.
    String.raw`\s*[,;]?\s+(?:(?:of|for|at|about|around|roughly|maybe|under|lasting|running|approximately)\s+){1,2}` +
      DURATION_PATTERN +
      '.*$',
  ].join('|'),
  'i',
);
/**
 * A new line ("- length: 2 minutes"), an emoji or a hashtag ends the premise too. Apart from TAIL because it needs
 * Unicode mode, which would make the engine case-fold every phrase of TAIL's long alternations when it compiles.
 */
const BREAK = /\s*(?:\n|\p{Extended_Pictographic}|#[\p{L}\d_])[\s\S]*$/u;

/** A piece named with its premise: "shoot a two-minute reel about X", "a film where X". */
const INNER_PREMISE =
  /^(?:(?:make|do|write|shoot|film)\s+)?(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:film|short|movie|video|story|piece|documentary|spot|commercial|episode|animation|cartoon)\s+(?:about|where|in which)\s+(.+)$/is;

/** The premise phrase and its span, or undefined. Text after a colon counts too ("into a storyboard: X"). */
export function findTheme(text: string): { theme: string; span: Span } | undefined {
  const patterns = [
    // "about" before a runtime is a hedge ("of about two minutes about a kite"), not the premise; "- about: X" is one.
    new RegExp(
      String.raw`\b(?:about|on the theme of|exploring|based on(?!\s+(?:the following|this)\b))(?:\s*:)?\s+(?!${DURATION_PATTERN})(.+)`,
      'is',
    ),
    /\b(?:film|movie|video|short|story|commercial|ad|episode|script|screenplay|documentary|animation|piece|storyboard|project)\s+(?:where|in which|when|that follows|following)\s+(.+)/is,
    /\b(?:turn|make|convert|develop|expand|transform|grow|adapt|build)\b[^:]*\b(?:into|out of)\b[^:]*:\s*(.+)/is,
    /\b(?:piece|film|movie|video|short|documentary|story|spot)\s+on\s+(?!(?:the\s+)?(?:theme|topic|subject)\b)(.+)/is,
    /^(?:idea|premise|concept|logline|pitch)\s*:\s*(.+)/is,
    // "…, idea: X", "Idea number 2: X", "pitch #4: X": a labelled premise anywhere in the message.
    /(?:^|[,;(]\s*|\n)(?:idea|premise|concept|logline|pitch)(?:\s+(?:number\s+|no\.?\s*|#)?\d+)?\s*:\s*(.+)/is,
    /\b(?:theme|topic|subject|premise)\s*:\s*(.+)/is,
    /\b(?:an?|the|this|my|the following)\s+(?:idea|concept|premise|logline|pitch)\b[^:\n]{0,30}:\s*(.+)/is,
    /\b(?:have|got)\s+(?:an?\s+)?(?:idea|concept|premise|pitch)\s*:\s*(.+)/is,
    // "build it all from this: X", "from this campaign: X": what to build from, then the premise.
    /\bfrom\s+(?:this|it|that|the following)\b[^:\n]{0,30}:\s*(.+)/is,
    // "Storyboard this for me: X", "Film this: X": a production verb on "this", then the premise.
    /\b(?:storyboard|board|film|shoot|package|develop|spin|write|script)\s+(?:this|it)\b[^:\n]{0,20}:\s*(.+)/is,
    /\b(?:film|movie|video|short|story|commercial|documentary|storyboard|project)\s*:\s*(.+)/is,
  ];
  // The premise the message reaches first: a later "about" ("I have mulled it over for about two years") is an aside.
  let first: { theme: string; span: Span } | undefined;
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m || !m[1]) continue;
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    let theme = m[1].replace(TAIL, '').replace(BREAK, '').trim();
    theme = theme.replace(/^["'*_]+|["'*_]+$/g, '').trim();
    // "…: a little film about a ferry that…": the premise of a piece named after the colon is what it is about.
    theme = INNER_PREMISE.exec(theme)?.[1] ?? theme;
    if (!theme || theme.split(/\s+/).length > 40) continue;
    if (!first || start < first.span.start) first = { theme, span: { start, end: start + theme.length } };
  }
  return first;
}
