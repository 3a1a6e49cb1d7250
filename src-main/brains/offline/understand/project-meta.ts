// Project-level fields set from the chat ("write a logline", "set the visual style", "the theme is loneliness").
import type { AttributeValue, IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { rulePhraseAlternation } from './lexicon';
import { cleanPhrase } from './text-utils';

/** The project fields a message can name, and the words that name them. */
const FIELDS: Array<[RegExp, string]> = [
  [/^log ?line$/, 'logline'],
  [/^(?:theme|premise|central theme|main theme)$/, 'theme'],
  [/^(?:working )?title$/, 'title'],
  [/^(?:(?:visual|art|overall|film|brand) )?(?:style|look)$/, 'style'],
  [/^(?:(?:brand|overall|film) )?(?:tone|mood)$/, 'tone'],
  [/^genre$/, 'genre'],
  [/^(?:synopsis|summary)$/, 'synopsis'],
];

const NOUN = String.raw`((?:working |central |main |visual |art |overall |film |brand )?(?:log ?line|theme|premise|title|style|look|tone|mood|genre|synopsis|summary))`;
const OWNER = String.raw`(?:(?:the|our|my|its|this|a|an|some)\s+)?(?:(?:project|film|movie|story|brand|video|commercial)(?:'s)?\s+)?(?:new\s+)?`;
const FOR_PROJECT = String.raw`(?:\s+(?:of|for)\s+(?:the|this|our|my)\s+(?:film|project|movie|story|video|brand|commercial|piece))?`;
/** Ends a field name: nothing, or the value introduced by "to", "as", "is", ":" or "=". */
const END = String.raw`\s*(?:$|(?:to|as|is|should be|will be|=)\s|:)`;
const VERB = String.raw`(?:set|write|add|change|update|edit|define|pick|choose|decide on|come up with|draft|enter|fill in|give (?:it|the (?:film|project|story))|need|we need|i need|put in|provide|type in|make)`;

const REQUESTS: RegExp[] = [
  // "write a logline", "set the brand tone", "set the logline to A robot learns to paint"
  new RegExp(String.raw`^${VERB}\s+${OWNER}${NOUN}${FOR_PROJECT}${END}`),
  // "the theme is loneliness", "our title should be Low Tide", "tone: bittersweet" (not "logline: …", a pitch,
  // nor a verdict: "the title is too long", "the tone is off")
  new RegExp(
    String.raw`^(?!(?:log ?line|premise)\s*:)${OWNER}${NOUN}${FOR_PROJECT}\s*(?:(?:is|'s|should be|will be)(?:\s*[:=]\s*|\s+)|[:=]\s*)(?!(?:${rulePhraseAlternation('verdicts')})\b)\S`,
  ),
];

/** The project field a request sets (logline, theme, title, style, tone, genre, synopsis), if it is one. */
export function metaField(template: string): string | undefined {
  for (const re of REQUESTS) {
    const m = re.exec(template);
    if (!m) continue;
    const noun = (m[1] ?? '').trim();
    return FIELDS.find(([r]) => r.test(noun))?.[1];
  }
  return undefined;
}

/** The value given for the field, from the original text ("set the logline to X" → X); '' when none is given. */
function metaValue(text: string): string {
  const m = new RegExp(
    String.raw`\b${NOUN}${FOR_PROJECT}\s*(?:(?:to|as|is|'s|should be|will be)(?:\s*[:=]\s*|\s+)|[:=]\s*)(.+)$`,
    'is',
  ).exec(text);
  return m ? cleanPhrase(m[2] ?? '').replace(/^["“]|["”]$/g, '') : '';
}

/** modify on the project itself: `entityType: 'project'`, `attributes: { [field]: value or '' }`. */
export function metaParams(f: Features, field: string): IntentParams {
  const value = metaValue(f.text);
  const attributes: Record<string, AttributeValue> = { [field]: value };
  const params: IntentParams = { entityType: 'project', operation: 'update', attributes };
  if (value && field === 'theme') params.theme = value;
  if (value && field === 'style') params.style = value;
  if (value && field === 'genre') params.genre = value;
  if (value && field === 'tone') params.mood = value;
  return params;
}
