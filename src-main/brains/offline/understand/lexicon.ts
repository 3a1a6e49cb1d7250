// Typed access to the understand word tables (resources/engine/understand/lexicon.json), loaded once at import.
import raw from '../../../../resources/engine/understand/lexicon.json';
import type { ExportFormat, IntentEntityType, RelationKind } from '../../../../src-preload/contract/intent';
import { INTENT_NAMES, type IntentName } from '../../../../src-preload/contract/intent-names';
import type { WorkflowStepId } from '../../../../src-preload/contract/project';
import { escapeRegex } from './text-utils';

/** A relationship word: its kind and, for kin words like "brother", the gender it implies. */
export interface RelationWord {
  kind: RelationKind;
  gender?: 'male' | 'female';
}

/** The word tables, with phrase lists sorted longest first so multi-word phrases win over their parts. */
export interface Lexicon {
  numberWords: ReadonlyMap<string, number>;
  entityNouns: ReadonlyMap<string, IntentEntityType>;
  productionNouns: readonly string[];
  genres: readonly string[];
  moods: ReadonlySet<string>;
  moodNouns: ReadonlySet<string>;
  styles: readonly string[];
  steps: ReadonlyMap<string, WorkflowStepId>;
  formats: ReadonlyMap<string, ExportFormat>;
  relations: ReadonlyMap<string, RelationWord>;
  genderWords: ReadonlyMap<string, string>;
  occupations: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /**
   * Common English words one slip away from a request noun ("village" → "villager", "avenue" → "venue"): real
   * words, never corrected. A test over the common words of SCOWL (sizes up to 50) says which to add.
   */
  notTypos: ReadonlySet<string>;
  /**
   * Nationality and people words ("Finnish", "Brazilian"): capitalised, never names. compromise's Demonym words
   * (a test keeps them all here) plus a few it lacks; copied so that parsing a request does not load compromise.
   */
  demonyms: ReadonlySet<string>;
  /** Plural words for people that are not jobs ("guests", "hostages", "crew members"): counted, they are characters. */
  peopleNouns: ReadonlySet<string>;
  /** Personality/description adjectives that are not part of an occupation ("a shy violinist" → "violinist"). */
  descriptiveAdjectives: ReadonlySet<string>;
  /** Titles that belong to the name they precede ("Professor Hale", "Dr. Okafor", "Aunt May"). */
  nameTitles: ReadonlySet<string>;
  /** Verb phrases by the kind of request they open ("create", "export", "undo"…), longest first. */
  verbs: ReadonlyMap<string, readonly string[]>;
  /**
   * Phrase classes that one rule reads ("undoCommand", "startStep", "adviceNouns"…), longest first. Kept apart
   * from `verbs` because those classes are classifier features and typo-fix targets; these only feed their rule.
   */
  rulePhrases: ReadonlyMap<string, readonly string[]>;
  /** Nouns for supplied text ("chapter", "passage"): what analyze reads. */
  textNouns: readonly string[];
  /** Words about the product itself ("app", "offline", "shortcut"): questions for the assistant, not the project. */
  productNouns: readonly string[];
  /** What a question may ask the product to be able to do ("can it export…", "does the app support…"). */
  capabilityVerbs: readonly string[];
  /** Parts of the product's interface a "what is the … for?" question names (panel, graph, step, queue). */
  featureNouns: readonly string[];
  /** Words pointing into the user's own project ("my", "so far", "you made"): a question about it is a look-up. */
  projectDeixis: ReadonlySet<string>;
  /** Words of a general question ("usually", "in your opinion", "what does … mean"): craft talk, not a look-up. */
  genericMarkers: ReadonlySet<string>;
  /** Nouns of a drawn likeness ("portrait", "headshot"): with a depicting verb, a request to draw a character. */
  portraitNouns: readonly string[];
  /** What "give me a … of" asks to see ("summary", "rundown"): a look-up, not a new entity. */
  overviewNouns: readonly string[];
  /** Words and frames that may open a request without changing it ("please", "let's", "if you don't mind"). */
  politeOpeners: readonly string[];
  /** Frames that ask for something in the form of a question ("could you", "would it be possible to"). */
  indirectRequests: readonly string[];
  /** Interjections that may open a command without changing it ("oops, undo", "no wait, revert that"). */
  interjections: readonly string[];
  /** Exclamations that open a message and say nothing of it ("Righto, …", "Crikey, …"): never a name. */
  openingExclamations: readonly string[];
  /** Verbs that state a relationship between two named people ("A loves B"), by kind, with the edge's label. */
  relationVerbs: ReadonlyMap<RelationKind, { label: string; phrases: readonly string[] }>;
  /** Verbs that state a relationship of a group ("A and B dated", "A and B grew up together"), by kind. */
  reciprocalRelationVerbs: ReadonlyMap<RelationKind, { label: string; phrases: readonly string[] }>;
  /** Adverbs that may come between the first name and a relationship verb ("A secretly loves B"). */
  relationVerbAdverbs: readonly string[];
  /** Nouns that name a relationship ("a rivalry between A and B") and its kind; "" when it names none. */
  relationNouns: ReadonlyMap<string, RelationKind | ''>;
  /** Words after which a lower-case word is a name in a message typed without capitals ("called teodor"). */
  lowerCaseNameCues: readonly string[];
  /** Verbs that, opening an all-lower-case message, are followed by the name they act on ("make kemal 70"). */
  lowerCaseNameVerbs: readonly string[];
  /** Chat shorthand and apostrophe-less forms, by the words they stand for ("plz" → "please", "whats" → "what's"). */
  shorthand: ReadonlyMap<string, string>;
  /** Sounds of speech with no meaning ("um", "uh"), dropped wherever they stand in a dictated message. */
  fillers: readonly string[];
  /** Words written in capitals that name no person: organisations, brands, internet shorthand, script directions. */
  acronyms: ReadonlySet<string>;
  /**
   * Punctuation spoken into a dictated message ("comma", "new line"), by the mark it stands for; `alsoWords` are
   * ordinary words too ("a period drama"), read as marks only beside other spoken marks or after a number.
   */
  dictatedMarks: { marks: ReadonlyMap<string, string>; alsoWords: ReadonlyMap<string, string> };
  /** What a user may call the app when addressing it ("Storyloom, …", "hey assistant: …"), dropped at the start. */
  addressees: readonly string[];
  /**
   * Words that say a relationship between two people changes rather than starts ("no longer", "but now",
   * "updated"). "Used to" is not one: "A and B used to be married" states a past that the story starts from.
   */
  relationChangeCues: readonly string[];
  /** Words that take back what was just typed and say it again ("a baker, no wait, a butcher"). */
  selfCorrections: readonly string[];
  /** Courtesies that may close a request in any language ("please", "thanks", "por favor", "bitte"). */
  closingCourtesies: readonly string[];
  /**
   * Real words a phone's autocorrect puts for request words: nouns ("seen" → "scene") after a determiner or
   * before a number, openers ("expert" → "export") where a request opens.
   */
  autocorrectSlips: { nouns: ReadonlyMap<string, string>; openers: ReadonlyMap<string, string> };
  /** The verb classes that open a request of each intent (the chat classes open small talk, not a request). */
  intentVerbClasses: ReadonlyMap<IntentName, readonly string[]>;
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function sortedMap<V>(record: Record<string, V>): Map<string, V> {
  return new Map(
    Object.keys(record)
      .sort(byLengthDesc)
      .map((k) => [k, record[k] as V]),
  );
}

/** A kind → { label, phrases } table of relationship verbs, phrases longest first. */
function relationVerbTable(
  record: Record<string, { label: string; phrases: string[] }>,
): Map<RelationKind, { label: string; phrases: readonly string[] }> {
  return new Map(
    Object.entries(record).map(([kind, v]) => [
      kind as RelationKind,
      { label: v.label, phrases: [...v.phrases].sort(byLengthDesc) },
    ]),
  );
}

/** The intent → verb classes table, checked against the intent list so a new intent cannot be forgotten. */
function intentClasses(record: Record<string, string[]>): Map<IntentName, readonly string[]> {
  const out = new Map<IntentName, readonly string[]>();
  for (const intent of INTENT_NAMES) {
    const classes = record[intent];
    if (!classes) throw new Error(`lexicon.json "intentVerbClasses" has no entry for intent "${intent}".`);
    out.set(intent, classes);
  }
  return out;
}

/** The loaded tables; JSON is content, this module only shapes it. */
export const LEXICON: Lexicon = {
  numberWords: sortedMap(raw.numberWords as Record<string, number>),
  entityNouns: new Map(Object.entries(raw.entityNouns as Record<string, IntentEntityType>)),
  productionNouns: [...raw.productionNouns].sort(byLengthDesc),
  genres: [...new Set(raw.genres)].sort(byLengthDesc),
  moods: new Set(raw.moods),
  moodNouns: new Set(raw.moodNouns),
  styles: [...new Set(raw.styles)].sort(byLengthDesc),
  steps: sortedMap(raw.steps as Record<string, WorkflowStepId>),
  formats: sortedMap(raw.formats as Record<string, ExportFormat>),
  relations: sortedMap(raw.relations as Record<string, RelationWord>),
  genderWords: new Map(Object.entries(raw.genderWords)),
  occupations: new Set(raw.occupations),
  commonWords: new Set(raw.commonWords),
  notTypos: new Set(raw.notTypos),
  demonyms: new Set(raw.demonyms),
  peopleNouns: new Set(raw.peopleNouns),
  descriptiveAdjectives: new Set(raw.descriptiveAdjectives),
  nameTitles: new Set(raw.nameTitles),
  verbs: new Map(Object.entries(raw.verbs).map(([k, v]) => [k, [...v].sort(byLengthDesc)])),
  rulePhrases: new Map(Object.entries(raw.rulePhrases).map(([k, v]) => [k, [...v].sort(byLengthDesc)])),
  textNouns: [...raw.textNouns].sort(byLengthDesc),
  productNouns: [...raw.productNouns].sort(byLengthDesc),
  capabilityVerbs: [...raw.capabilityVerbs].sort(byLengthDesc),
  featureNouns: [...raw.featureNouns].sort(byLengthDesc),
  portraitNouns: [...raw.portraitNouns].sort(byLengthDesc),
  projectDeixis: new Set(raw.projectDeixis),
  genericMarkers: new Set(raw.genericMarkers),
  overviewNouns: [...raw.overviewNouns].sort(byLengthDesc),
  interjections: [...raw.interjections].sort(byLengthDesc),
  openingExclamations: [...raw.openingExclamations].sort(byLengthDesc),
  politeOpeners: [...raw.politeOpeners].sort(byLengthDesc),
  indirectRequests: [...raw.indirectRequests].sort(byLengthDesc),
  intentVerbClasses: intentClasses(raw.intentVerbClasses),
  relationVerbs: relationVerbTable(raw.relationVerbs),
  reciprocalRelationVerbs: relationVerbTable(raw.reciprocalRelationVerbs),
  relationVerbAdverbs: [...raw.relationVerbAdverbs].sort(byLengthDesc),
  lowerCaseNameCues: [...raw.lowerCaseNameCues].sort(byLengthDesc),
  lowerCaseNameVerbs: [...raw.lowerCaseNameVerbs].sort(byLengthDesc),
  shorthand: new Map(Object.entries(raw.shorthand as Record<string, string>)),
  closingCourtesies: [...raw.closingCourtesies].sort(byLengthDesc),
  selfCorrections: [...raw.selfCorrections].sort(byLengthDesc),
  relationChangeCues: [...raw.relationChangeCues].sort(byLengthDesc),
  fillers: [...raw.fillers].sort(byLengthDesc),
  acronyms: new Set(raw.acronyms),
  dictatedMarks: {
    marks: new Map(Object.entries(raw.dictatedMarks.marks as Record<string, string>)),
    alsoWords: new Map(Object.entries(raw.dictatedMarks.alsoWords as Record<string, string>)),
  },
  addressees: [...raw.addressees].sort(byLengthDesc),
  autocorrectSlips: {
    nouns: new Map(Object.entries(raw.autocorrectSlips.nouns as Record<string, string>)),
    openers: new Map(Object.entries(raw.autocorrectSlips.openers as Record<string, string>)),
  },
  relationNouns: sortedMap(raw.relationNouns as Record<string, RelationKind | ''>),
};

const OPENERS = new Map<string, RegExp>();

/**
 * True when the text opens with a verb phrase of the lexicon class ("delete", "rename", "edit"…): the rules read
 * their verbs from the table instead of spelling them out. Each class's regex is compiled on first use.
 */
export function opensWithVerb(cls: string, text: string): boolean {
  let re = OPENERS.get(cls);
  if (!re) {
    re = new RegExp(`^(?:${verbAlternation(cls)})\\b`);
    OPENERS.set(cls, re);
  }
  return re.test(text);
}

const ALTERNATIONS = new Map<string, string>();

/** A word list as a regex alternation, longest phrase first and escaped ("give me|get|…"). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases].sort(byLengthDesc).map(escapeRegex).join('|');
}

/**
 * The phrases of a lexicon verb class as a regex alternation, for rules that find a verb anywhere in a message
 * rather than at its start (compiled once per class).
 */
export function verbAlternation(cls: string): string {
  let alt = ALTERNATIONS.get(cls);
  if (alt === undefined) {
    const phrases = LEXICON.verbs.get(cls);
    if (!phrases) throw new Error(`lexicon.json has no verb class "${cls}" (add it under "verbs").`);
    alt = phraseAlternation(phrases);
    ALTERNATIONS.set(cls, alt);
  }
  return alt;
}

const RULE_PHRASE_ALTERNATIONS = new Map<string, string>();

/** The phrases of a lexicon rule-phrase class ("rulePhrases") as a regex alternation, compiled once per class. */
export function rulePhraseAlternation(cls: string): string {
  let alt = RULE_PHRASE_ALTERNATIONS.get(cls);
  if (alt === undefined) {
    const phrases = LEXICON.rulePhrases.get(cls);
    if (!phrases)
      throw new Error(`lexicon.json has no rule-phrase class "${cls}" (add it under "rulePhrases").`);
    alt = phraseAlternation(phrases);
    RULE_PHRASE_ALTERNATIONS.set(cls, alt);
  }
  return alt;
}

const RULE_REGEXES = new Map<string, RegExp>();

/** A rule-phrase class between two pattern parts, compiled once: ruleRegex('finishedWords', '\\b(?:', ')\\b'). */
export function ruleRegex(cls: string, before: string, after: string): RegExp {
  const key = `${cls}\u0000${before}\u0000${after}`;
  let re = RULE_REGEXES.get(key);
  if (!re) {
    re = new RegExp(before + rulePhraseAlternation(cls) + after);
    RULE_REGEXES.set(key, re);
  }
  return re;
}

/** True when the text opens with a phrase of the rule-phrase class ("export …", "move …"). */
export function opensWithRulePhrase(cls: string, text: string): boolean {
  return ruleRegex(cls, '^(?:', ')\\b').test(text);
}
