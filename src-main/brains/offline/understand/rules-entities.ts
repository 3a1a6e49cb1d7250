// Intent rules for entity edits: create (one entity or a relationship), bulk_create (several) and modify.
import type { Features } from './features';
import { LEXICON, opensWithVerb, phraseAlternation, ruleRegex } from './lexicon';
import { NAMES } from './features';
import { CREATE_VERB, INTERACT_VERB, QUANTITY, QUESTION_START, RELATION_WORD } from './patterns';
import { findAnchor, occupationCreate, relationNounCreate, someoneCreate } from './new-person';
import { RECIPROCAL_RELATION_VERB, RELATION_VERB } from './relationships';
import { NUMBER_PATTERN } from '../language/quantities';
import { metaField } from './project-meta';
import { best } from './rule-types';
import { countedJob } from './job-plurals';

const re = (s: string): RegExp => new RegExp(s);

const COUNTED_PLURAL = re(
  String.raw`\b${QUANTITY}\s+(?:[a-z-]+\s+){0,3}?(?:characters|people|locations|places|scenes|settings|villains|heroes|suspects|protagonists|antagonists|sidekicks|extras|npcs|shots|beats|relationships|venues|roles|parts|sets|chars)\b`,
);
const PLURAL_ENTITY =
  /\b(?:characters|people|locations|places|scenes|settings|villains|heroes|suspects|sidekicks|extras|npcs|shots|beats|venues)\b/;

/** bulk_create: several entities at once ("Create 5 characters", "I need 3 more locations"). */
export function scoreBulkCreate(f: Features): number {
  const t = f.template;
  if (QUESTION_START.test(t) && !/^(?:can|could) (?:you|we|i)\b/.test(t)) return 0;
  const verbFirst = re(String.raw`^${CREATE_VERB}\b`).test(t);
  const counted = COUNTED_PLURAL.exec(t);
  const singleCount = counted && /^(?:one|a|an|1)\s/.test(counted[0]);
  // "Staff the ward with 6 nurses", "I need 4 cops": several characters named by their job.
  const jobs = !counted && countedJob(t);
  return best(
    [!!jobs && verbFirst, 0.9],
    [!!jobs && /^(?:we|i)\b|\bwith\s+\S+\s+\S+\W*$/.test(t), 0.8],
    [!!counted && !singleCount && verbFirst, 0.93],
    [!!counted && !singleCount, 0.75],
    [
      verbFirst &&
        PLURAL_ENTITY.test(t) &&
        !/\b(?:the|my|our|these|those|all)\s+(?:[a-z-]+\s+)?(?:characters|locations|scenes|shots)\b/.test(t),
      0.72,
    ],
  );
}

const SINGLE_ENTITY = String.raw`(?:character|role|char|set|location|place|setting|scene|relationship|shot|beat|villain|hero|heroine|protagonist|antagonist|sidekick|person|venue|suspect)`;

/** "a beat sheet", "the scene breakdown", "a shot list" are production layers (generate), not one entity. */
const NOT_LAYER = String.raw`(?!\s+(?:sheet|breakdown|list|plan)\b)`;

/** create: one entity ("Add a character named Sarah", "New location: …") or a relationship statement. */
export function scoreCreate(f: Features): number {
  const t = f.template;
  const question = QUESTION_START.test(t) || (!f.polite && /\?\s*$/.test(t));
  const verbEntity = re(
    String.raw`^${CREATE_VERB}\s+(?:(?:a|an|one|another|new|the|my|our|this|extra|additional|main|lead|minor|side|supporting|female|male|second|third|recurring)\s+){0,3}${SINGLE_ENTITY}\b${NOT_LAYER}`,
  ).test(t);
  const named = re(String.raw`^${CREATE_VERB}\b.*\b(?:named|called|titled)\b`).test(t);
  const relation = relationshipStatement(t);
  const looseEntity = re(
    String.raw`^${CREATE_VERB}\s+(?:an?|another|one|new)\s+(?:[a-z-]+\s+){1,2}(?:character|location|place|setting|scene|shot|villain|hero|heroine|protagonist|antagonist|sidekick|venue|suspect)\b${NOT_LAYER}`,
  ).test(t);
  return best(
    [findAnchor(t) !== undefined && !question, 0.91],
    [relationNounCreate(t) && !question, 0.92],
    [someoneCreate(t) && !question, 0.88],
    [occupationCreate(t) && !question, 0.86],
    [looseEntity && !question, 0.87],
    [/^new\s+(?:character|location|scene|relationship|shot|place|setting|role|char|set)\b/.test(t), 0.94],
    [verbEntity && !question, 0.92],
    [named && !question, 0.9],
    [/^introduce\s+@n/.test(t), 0.9],
    [
      re(String.raw`^${CREATE_VERB}\b.*\b(?:call|name)\s+(?:him|her|them|it)\s+@n\b`).test(t) && !question,
      0.88,
    ],
    [
      new RegExp(
        String.raw`^${CREATE_VERB}\b.*\bas\s+(?:an?|the|one|our)\s+(?:new\s+)?${SINGLE_ENTITY}\b`,
      ).test(t) && !question,
      0.88,
    ],
    [ruleRegex('castOpeners', '^(?:', String.raw`)\s+@n\s*(?:,|$|\(|who\b|as\b|to\b|-)`).test(t), 0.88],
    [/^(?:add|put|bring)\s+@n\s+(?:as|to|into)\b/.test(t), 0.88],
    [relation && !question, 0.9],
    [/\b(?:a|one) new (?:character|location|scene)\b/.test(t) && !question, 0.85],
    [re(String.raw`^@n\s*(?:,|\()\s*(?:an?\s+|the\s+|\d)`).test(t) && !question && !knownFirst(f), 0.7],
    [
      re(String.raw`^@n\s+(?:is|'s)\s+(?:an?|the)\s+[a-z]`).test(t) &&
        !question &&
        !knownFirst(f) &&
        !/\bnow\b/.test(t),
      0.7,
    ],
  );
}

function knownFirst(f: Features): boolean {
  const first = f.names[0];
  return first?.source === 'known';
}

/** "record A and B as cousins", "A and B be listed as uncle and niece", "log them as exes". */
const RECORDED_AS = re(
  String.raw`(?:\b(?:record|log|list|register|mark|save|set up|enter|put)\s+(?:them|@n\s+(?:and|n|&|\+)\s+@n)|@n\s+(?:and|&)\s+@n\s+be\s+(?:recorded|listed|logged|registered|entered|marked)|@n\s+(?:and|&)\s+@n(?:\s+too|\s+as well)?\s*,)\s+as\s+(?:an?\s+|the\s+)?(?:[a-z'-]+\s+){0,2}?${RELATION_WORD}\b`,
);
/** The start of the message or of a later sentence in it ("The story is set in Oslo. Make @n and @n twins"). */
const SENTENCE_START = String.raw`(?:^|[.!?;:]\s+)`;

/** "make A and B rivals", "…, make them cousins", "set the two of them as exes" (unless the message says it changes). */
const MAKE_RELATED = re(
  String.raw`(?:${SENTENCE_START}(?:set|mark|have)|\bmake)\s+(?:${NAMES}|them|(?:the|these|those)\s+two(?:\s+of\s+them)?)\s+(?:[a-z'-]+\s+){0,2}?${RELATION_WORD}\b`,
);
/** "A and B, brother and sister", "A + B, cousins": the relation in apposition to the pair. */
const APPOSED = re(String.raw`@n\s*(?:,|and|&|\+)\s*@n\s*,\s*(?:[a-z'-]+\s+){0,2}?${RELATION_WORD}\b`);
/** "…how A and B know each other: they're cousins": the pair named earlier, related in a later clause. */
const THEY_ARE = re(
  String.raw`\bthey(?:'re|\s+are|\s+were)\s+(?!not\b)(?:actually\s+|really\s+|both\s+)?(?:[a-z'-]+\s+){0,2}?${RELATION_WORD}\b`,
);

let changeCue: RegExp | undefined;

/** "no longer", "but now", "updated", "more like": the message says the relationship changes. */
export function saysRelationChanges(template: string): boolean {
  changeCue ??= new RegExp(String.raw`\b(?:${phraseAlternation(LEXICON.relationChangeCues)})\b`, 'i');
  return changeCue.test(template);
}

const NEGATED = /\b(?:not|no longer|anymore|any more|no more)\b|n't\b/;

/** "A and B are siblings", "A is B's brother", "make A and B rivals", "A is in love with B". */
export function relationshipStatement(t: string): boolean {
  return (
    re(
      String.raw`@n(?:(?:\s*,\s*|\s+(?:and|n|y|et|und)\s+|\s*[+&/]\s*)@n)+(?:\s*,?\s+(?:they\s+)?(?:are|is|were|r|have been|become|became|used to be|(?:should|could|can|would|will|might|may|to|must|need to|needs to|have to|has to|ought to)\s+(?:have\s+been|be(?:\s+made)?|become)|be\s+made|=)|\s*(?:they're|[:=\u2014\u2013]|\s-))\s*(?!not\b|no longer\b)(?:[a-z'-]+\s+){0,4}?${RELATION_WORD}\b`,
    ).test(t) ||
    RECORDED_AS.test(t) ||
    (/@n[^@]*@n/.test(t) && THEY_ARE.test(t) && !NEGATED.test(t)) ||
    re(
      String.raw`@n\s+(?:is|was|becomes|used to be|'s)\s+(?:also\s+)?@n's\s+(?:[a-z'-]+\s+)?${RELATION_WORD}\b`,
    ).test(t) ||
    re(
      String.raw`@n\s+(?:is|was|becomes|'s)\s+(?:also\s+)?(?:the\s+|an?\s+)?(?:[a-z'-]+\s+)?${RELATION_WORD}\s+(?:of|to)\s+(?:(?:young|old|little|poor|dear)\s+)?@n`,
    ).test(t) ||
    ((MAKE_RELATED.test(t) || APPOSED.test(t)) &&
      !NEGATED.test(t) &&
      !saysRelationChanges(t) &&
      !/\bnow\b/.test(t)) ||
    re(String.raw`@n\s+${RELATION_VERB}\s+@n`).test(t) ||
    re(String.raw`@n(?:(?:\s*,\s*|\s+and\s+)@n)+\s+${RECIPROCAL_RELATION_VERB}`).test(t) ||
    re(String.raw`${SENTENCE_START}(?:connect|link|pair|relate)\s+@n\s+(?:and|with|to)\s+@n`).test(t)
  );
}

const SUBJECT = String.raw`(?:@n|she|he|they)`;

/** "add characters to scene 2", "put @n in scene 3": an edit of a numbered scene or shot. */
const NUMBERED_TARGET = re(
  String.raw`^(?:add|put|assign|bring|move|place|cast|include|insert|drop|set)\b.*\b(?:to|in|into|for|of|on)\s+(?:scene|shot)\s+(?:#|no\.?\s*|number\s+)?${NUMBER_PATTERN}\b`,
);
/** "add characters to the diner scene": an edit of a scene named by its description. */
const DESCRIBED_SCENE =
  /^(?:add|put|assign|bring|move|place|cast|include|insert|drop)\b.*\b(?:to|in|into)\s+(?:the|this|that)\s+(?:[a-z'@-]+\s+){0,3}scene\b/;

/** True when an edit targets one scene (or shot): "set the location of scene 3", "add @n to the diner scene". */
export function sceneTarget(t: string): boolean {
  return (NUMBERED_TARGET.test(t) || DESCRIBED_SCENE.test(t)) && !COUNTED_NEW.test(t);
}
/** "add 3 characters to scene 2" still makes new entities. */
const COUNTED_NEW = re(
  String.raw`\b(?:\d+|${NUMBER_PATTERN})\s+(?:new\s+|more\s+)?(?:[a-z-]+\s+)?(?:characters|people|extras|locations|shots)\b`,
);

/** modify: edit, rename or delete an existing entity ("Make Sarah 32", "Rename the diner…", "Remove scene 4"). */
export function scoreModify(f: Features): number {
  const t = f.template;
  const subjectThenChange = re(
    String.raw`^${SUBJECT}(?:'s\s+[a-z]+)?\s+(?:should|must|needs to|ought to|has to|could|shall|will)\s+(?:now\s+)?(?:be|have|become|look|sound|feel|seem|get|act|wear|speak|talk)\b`,
  ).test(t);
  const nowIs = re(String.raw`^${SUBJECT}(?:\s+is|\s*'s|\s+are)\s+(?:now|actually|really|instead)\b`).test(t);
  const makeTarget =
    re(String.raw`^make\s+(?:@n|her|him|them|the\s+[a-z]+|scene \d+)\b`).test(t) &&
    !re(String.raw`^make\s+${NAMES}\s+${INTERACT_VERB}`).test(t) &&
    !relationshipStatement(t);
  const attrIs = re(
    String.raw`^@n's\s+(?:age|name|job|occupation|profession|gender|role|description|personality|backstory|goal|arc|hair|eyes|look)\s+(?:is|should be|=|:)`,
  ).test(t);
  const knownStatement =
    knownFirst(f) &&
    re(String.raw`^@n\s+(?:is|'s)\s+(?:an?\s+|\d+|now\b|actually\b|older|younger|more|less)`).test(t);
  return best(
    [metaField(t) !== undefined, 0.93],
    [
      re(
        String.raw`^(?:@n|she|he)(?:\s+is|\s*'s|\s+should be|\s+becomes|\s+will be)\s+(?:now\s+)?(?:the|our)\s+(?:new\s+|main\s+|real\s+)?(?:protagonist|antagonist|villain|hero|heroine|lead|main character|sidekick|love interest)\b`,
      ).test(t),
      0.89,
    ],
    [/^cast\s+@n\s+as\b/.test(t), 0.88],
    [re(String.raw`^describe\s+(?:@n|her|him|them)\b`).test(t), 0.9],
    [sceneTarget(t), 0.95],
    [opensWithVerb('delete', t), 0.92],
    [opensWithVerb('rename', t), 0.94],
    [/^call\s+(?:@n|the\s+[a-z]+|it|her|him)\s+.+\s+instead\b/.test(t), 0.85],
    [opensWithVerb('edit', t), 0.88],
    [/^set\s+(?!up\b)/.test(t), 0.86],
    [/^give\s+(?:@n|her|him|them)\b/.test(t), 0.85],
    [makeTarget, 0.88],
    [subjectThenChange, 0.88],
    [nowIs, 0.86],
    [re(String.raw`^${SUBJECT}\s+(?:is|'s|are)\s+.*\bnow\W*$`).test(t), 0.8],
    [attrIs, 0.85],
    [knownStatement, 0.82],
    [/^(?:swap|switch)\s+@n/.test(t), 0.8],
    // "@n, he is not cook, he is baker": a correction of something already said.
    [
      re(
        String.raw`^(?:@n\s*,?\s*)?${SUBJECT}\s*(?:is|'s|are|was)\s+not\s+(?:an?\s+)?[a-z0-9][a-z0-9 -]*?\s*(?:,|;|-)\s*(?:but\s+)?(?:${SUBJECT}\s*(?:is|'s|are)\s+)?(?:an?\s+)?[a-z0-9]`,
      ).test(t),
      0.88,
    ],
    // "Bump @n's age to 45", "Age @n up to 55", "Recast @n as a firefighter", "Strike the warehouse location".
    [
      /^(?:bump|raise|lower|push|drop|age|de-?age|recast|strike|nix|axe)\s+(?:up\s+)?(?:@n|the\s+[a-z]+|her|him)\b/.test(
        t,
      ),
      0.86,
    ],
    [/^please\s+(?:change|update|edit|fix|correct)\b/.test(t), 0.88],
  );
}
