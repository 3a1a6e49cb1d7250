// Reads a change to an existing relationship from a message template ("@n stops trusting @n", "pin their trust").
import type { InteractionType, RelationshipKind } from '../../../../src-preload/contract/entities';
import { LEXICON, phraseAlternation } from './lexicon';
import { relationKindOf } from './relationships';

/** What a message asks to do to a relationship; numbers are steps on the strength (−1..1) and trust (0..1) scales. */
export type RelationshipEdit =
  | { op: 'adjust'; dStrength?: number; dTrust?: number; kind?: RelationshipKind; trustTo?: number }
  /** `stated`: "@n betrays @n" (a verb between two names), which reads as a new relationship for unknown people. */
  | { op: 'interaction'; interaction: InteractionType; intensity: number; stated?: boolean }
  | { op: 'pin'; fields: ('kind' | 'strength' | 'trust')[]; pin: boolean };

const WHO = String.raw`(?:@n|him|her|them|each other|one another)`;
const SUBJECT = String.raw`(?:@n|they|she|he)`;
const re = (s: string): RegExp => new RegExp(s);

/** "a bit less" → 0.5 of a step, "a lot less" → 1.75 steps. */
function amount(t: string): number {
  if (/\b(?:a (?:little|bit)|slightly|somewhat|a touch)\b/.test(t)) return 0.5;
  if (/\b(?:a lot|much|far|way|deeply|really|completely|totally)\b/.test(t)) return 1.75;
  return 1;
}

/** Negative kinds: "stronger" makes them more hostile, not warmer. */
const HOSTILE_NOUN = /\b(?:rivalry|feud|enmity|hatred|hostility|grudge|animosity|conflict|tension)\b/;
const BOND_NOUN = String.raw`(?:rivalry|feud|enmity|hatred|hostility|grudge|animosity|conflict|tension|friendship|romance|love|bond|relationship|connection|partnership|alliance|affair|marriage)`;

function trustEdit(t: string): RelationshipEdit | undefined {
  if (re(String.raw`\b(?:stops?|stopped|no longer|never again)\s+(?:trust(?:s|ing)?)\b`).test(t))
    return { op: 'adjust', trustTo: 0.1 };
  if (re(String.raw`\b(?:doesn't|does not|don't|do not|can't|cannot|won't)\s+trust\b`).test(t))
    return { op: 'adjust', trustTo: 0.15 };
  if (
    re(String.raw`\b(?:loses?|lost|losing)\s+(?:(?:all|some|her|his|their)\s+)?(?:trust|faith)\s+in\b`).test(
      t,
    )
  )
    return { op: 'adjust', dTrust: -0.25 * amount(t) };
  if (
    re(
      String.raw`\btrusts?\s+${WHO}\s+(?:(?:a\s+)?[a-z]+\s+)?less\b|\bless trust\b|\bdistrusts?\b|\bmistrusts?\b`,
    ).test(t)
  )
    return { op: 'adjust', dTrust: -0.2 * amount(t) };
  if (re(String.raw`\btrusts?\s+${WHO}\s+(?:(?:a\s+)?[a-z]+\s+)?more\b|\bmore trust\b`).test(t))
    return { op: 'adjust', dTrust: 0.2 * amount(t) };
  if (
    re(
      String.raw`\b(?:starts?|started|begins?|began|learns?|learned|comes?|came)\s+to\s+trust\b|\b(?:fully|completely|totally)\s+trusts?\b|\bregains?\s+(?:\w+\s+)?trust\b`,
    ).test(t)
  )
    return { op: 'adjust', trustTo: 0.8 };
  return undefined;
}

function pinEdit(t: string): RelationshipEdit | undefined {
  const m = re(
    String.raw`\b(pin|lock|freeze|hold|unpin|unlock|unfreeze|release)\s+(?:their|the|his|her|@n's(?:\s+and\s+@n's)?|@n\s+and\s+@n's)\s+(?:relationship(?:'s)?\s+)?(trust|strength|kind|relationship|bond|values?)\b`,
  ).exec(t);
  if (!m) return undefined;
  const field = m[2]!;
  const fields: ('kind' | 'strength' | 'trust')[] =
    field === 'trust'
      ? ['trust']
      : field === 'strength'
        ? ['strength']
        : field === 'kind'
          ? ['kind']
          : ['kind', 'strength', 'trust'];
  return { op: 'pin', fields, pin: !/^(?:un|release)/.test(m[1]!) };
}

function intensityEdit(t: string): RelationshipEdit | undefined {
  const m = re(
    String.raw`\b(?:make|makes|let)\s+(?:their|the|@n\s+and\s+@n's)\s+(${BOND_NOUN})\s+(stronger|deeper|more intense|fiercer|hotter|closer|warmer|weaker|softer|less intense|colder|cooler|shallower)\b|\b(strengthen|deepen|intensify|heighten|escalate|weaken|soften|cool|ease)\s+(?:their|the|@n\s+and\s+@n's)\s+(${BOND_NOUN})\b`,
  ).exec(t);
  if (!m) return undefined;
  const noun = m[1] ?? m[4] ?? '';
  const word = m[2] ?? m[3] ?? '';
  const up =
    /^(?:stronger|deeper|more|fiercer|hotter|closer|warmer|strengthen|deepen|intensify|heighten|escalate)/.test(
      word,
    );
  const hostile = HOSTILE_NOUN.test(noun);
  const step = 0.2 * amount(t);
  // A stronger rivalry is a more hostile one; a weaker rivalry drifts back toward neutral.
  const dStrength = (up ? 1 : -1) * (hostile ? -1 : 1) * step;
  return { op: 'adjust', dStrength, dTrust: hostile && up ? -0.05 : 0 };
}

/** Words of feeling between two people; a warm one raised brings them closer, a cold one raised pushes them apart. */
const WARM =
  'close|closer|friendly|intimate|warm|loving|affectionate|loyal|love|like|respect|admire|care about';
const COLD = 'distant|hostile|cold|bitter|hate|resent|fear|despise|dislike';

/** "make @n and @n less close", "more distant", "@n should hate @n less", "@n respects @n more". */
function closenessEdit(t: string): RelationshipEdit | undefined {
  const pair = re(
    String.raw`\b(?:make|makes|let)\s+(?:@n\s+and\s+@n|them)\s+(?:(?:a\s+)?(?:bit|little|lot|much|far|way)\s+)?(more|less)\s+(${WARM}|${COLD})\b`,
  ).exec(t);
  const verb = pair
    ? undefined
    : re(
        String.raw`@n\s+(?:(?:should|must|needs? to|has to|ought to)\s+)?(${WARM}|${COLD})s?\s+(?:@n|him|her|them)\s+(?:(?:a\s+)?(?:bit|little|lot|much|far|way)\s+)?(more|less)\b`,
      ).exec(t);
  const more = (pair?.[1] ?? verb?.[2]) === 'more';
  const word = pair?.[2] ?? verb?.[1];
  if (!word) return undefined;
  const warm = re(String.raw`^(?:${WARM})$`).test(word);
  return { op: 'adjust', dStrength: (more === warm ? 1 : -1) * 0.2 * amount(t) };
}

let kindChanges: RegExp[] | undefined;

/** A word every kind change needs: a relationship noun, a denial, or "from … to". */
const KIND_CHANGE_CUE = /\b(?:relationship|bond|relation|not|no longer|from)\b|n't\b/;

/** The phrasings of a new kind for a relationship; the group that matched is the new relation word. */
function kindChangePatterns(): RegExp[] {
  if (kindChanges) return kindChanges;
  const relation = phraseAlternation([...LEXICON.relations.keys()]);
  const newWord = String.raw`(?:an?\s+|the\s+)?(?:[a-z'-]+\s+){0,2}?(${relation})\b`;
  kindChanges = [
    // "switch their relationship to rivals", "the bond of @n and @n should be changed into friends"
    re(
      String.raw`\b(?:chang|turn|switch|mak|updat|set|alter)[a-z]*\b[^.?!]*?\b(?:relationship|bond|relation)\b[^.?!]*?\b(?:to|into)\s+${newWord}|\b(?:relationship|bond|relation)\b[^.?!]*?\b(?:chang|turn|switch|alter)[a-z]*\s+(?:to|into)\s+${newWord}`,
    ),
    // "@n and @n aren't partners any more, they're enemies", "no longer rivals, now friends", "not spouses, make them exes"
    re(
      String.raw`(?:\bnot|n't|\bno longer)\s+(?:[a-z'-]+\s+){0,2}?(?:${relation})\b[^.?!]*?\b(?:they(?:'re|\s+are)|now|make them|but|rather)\s+(?:(?:they\s+are|they're|are)\s+)?${newWord}`,
    ),
    // "take @n and @n from cousins to business partners"
    re(String.raw`\bfrom\s+(?:being\s+)?(?:[a-z'-]+\s+){0,2}?(?:${relation})\b\s+(?:to|into)\s+${newWord}`),
  ];
  return kindChanges;
}

/** "Switch their relationship to rivals", "A and B aren't partners any more, they're enemies": a new kind. */
function kindEdit(t: string): RelationshipEdit | undefined {
  // The patterns hold every relation word twice: most messages never need them built (cold start).
  if (!KIND_CHANGE_CUE.test(t)) return undefined;
  for (const r of kindChangePatterns()) {
    const m = r.exec(t);
    const word = m?.slice(1).find(Boolean);
    const kind = word ? relationKindOf(word) : undefined;
    if (kind && kind !== 'other') return { op: 'adjust', kind };
  }
  return undefined;
}

const MOVES: Array<[RegExp, RelationshipEdit]> = [
  [
    /\b(?:falls?|fell|falling|has fallen)\s+(?:in love\s+)?(?:for|with)\b|\bfalls? in love\b/,
    { op: 'adjust', kind: 'romantic', dStrength: 0.3, dTrust: 0.05 },
  ],
  [
    /\b(?:reconcile[sd]?|reconciling|make up|made up|makes up|make peace|made peace|makes peace|patch(?:es|ed)? (?:it|things) up|bury the hatchet|buried the hatchet)\b/,
    { op: 'interaction', interaction: 'reconciliation', intensity: 0.7 },
  ],
  [/\b(?:forgives?|forgave|forgiven)\b/, { op: 'interaction', interaction: 'apology', intensity: 0.8 }],
  [
    /\b(?:fall(?:s)? out|fell out|break(?:s)? up|broke up|split(?:s)? up)\b/,
    { op: 'adjust', dStrength: -0.3, dTrust: -0.1 },
  ],
  [/\b(?:drift(?:s|ed)? apart|grow(?:s)? apart|grew apart)\b/, { op: 'adjust', dStrength: -0.15 }],
  [
    /\b(?:grow(?:s)? closer|grew closer|get(?:s)? closer|got closer|bond(?:s|ed)? (?:over|with))\b/,
    { op: 'adjust', dStrength: 0.2, dTrust: 0.05 },
  ],
];

/** "@n betrays @n": an interaction stated as a fact of the story, run through the relationship dynamics. */
const INTERACTION_VERBS: Array<[RegExp, InteractionType]> = [
  [/^betray(?:s|ed)?$/, 'betrayal'],
  [/^(?:helps|helped|saves|saved|rescues|rescued)$/, 'help'],
  [/^(?:threatens|threatened|blackmails|blackmailed)$/, 'threat'],
  [/^(?:insults|insulted|humiliates|humiliated|mocks|mocked)$/, 'insult'],
  [/^(?:lies to|lied to|deceives|deceived)$/, 'lie'],
  [/^(?:attacks|attacked|hits|hit|punches|punched|slaps|slapped)$/, 'violence'],
  [/^(?:rejects|rejected|dumps|dumped)$/, 'rejection'],
  [/^(?:accuses|accused)$/, 'accusation'],
  [/^(?:confides in|confided in|confesses to|confessed to)$/, 'confession'],
  [/^(?:apologi[sz]es to|apologi[sz]ed to)$/, 'apology'],
  [/^(?:argues with|argued with|quarrels with|quarrelled with|fights with|fought with)$/, 'argument'],
];
const INTERACTION_PHRASE = String.raw`(betray(?:s|ed)?|helps|helped|saves|saved|rescues|rescued|threatens|threatened|blackmails|blackmailed|insults|insulted|humiliates|humiliated|mocks|mocked|lies to|lied to|deceives|deceived|attacks|attacked|hits|punches|punched|slaps|slapped|rejects|rejected|dumps|dumped|accuses|accused|confides in|confided in|confesses to|confessed to|apologi[sz]es to|apologi[sz]ed to|argues with|argued with|quarrels with|quarrelled with|fights with|fought with)`;

function interactionEdit(t: string): RelationshipEdit | undefined {
  const m = re(
    String.raw`^(?:then\s+|now\s+|later\s+)?@n\s+(?:(?:then|now|finally|suddenly|openly|secretly)\s+)?${INTERACTION_PHRASE}\s+@n\b`,
  ).exec(t);
  if (!m) return undefined;
  const verb = m[1]!;
  const type = INTERACTION_VERBS.find(([r]) => r.test(verb))?.[1];
  if (!type) return undefined;
  const intensity = /\b(?:brutally|badly|completely|utterly|viciously|publicly|really)\b/.test(t)
    ? 0.9
    : /\b(?:slightly|a little|gently|mildly)\b/.test(t)
      ? 0.3
      : 0.6;
  return { op: 'interaction', interaction: type, intensity, stated: true };
}

/**
 * The relationship change a message template asks for, or undefined. Needs a subject: names ("@n"),
 * or "they/their" for the pair the conversation is about.
 */
export function readRelationshipChange(template: string): RelationshipEdit | undefined {
  const t = template.toLowerCase();
  if (!re(String.raw`@n|\b(?:they|their|them|each other)\b`).test(t)) return undefined;
  const pin = pinEdit(t);
  if (pin) return pin;
  const intensity = intensityEdit(t);
  if (intensity) return intensity;
  const closeness = closenessEdit(t);
  if (closeness) return closeness;
  const kind = kindEdit(t);
  if (kind) return kind;
  if (!re(String.raw`(?:^|\b)${SUBJECT}\b`).test(t)) return undefined;
  const trust = trustEdit(t);
  if (trust) return trust;

  const move = MOVES.find(([r]) => r.test(t));
  if (move) return { ...move[1] };
  return interactionEdit(t);
}
