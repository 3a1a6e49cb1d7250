// Typed access to the understand word tables (resources/engine/understand/lexicon.json), loaded once at import.
import raw from '../../../../resources/engine/understand/lexicon.json';
import type { ExportFormat, IntentEntityType, RelationKind } from '../../../../src-preload/contract/intent';
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
  /** Personality/description adjectives that are not part of an occupation ("a shy violinist" → "violinist"). */
  descriptiveAdjectives: ReadonlySet<string>;
  /** Titles that belong to the name they precede ("Professor Hale", "Dr. Okafor", "Aunt May"). */
  nameTitles: ReadonlySet<string>;
  /** Verb phrases by the kind of request they open ("create", "export", "undo"…), longest first. */
  verbs: ReadonlyMap<string, readonly string[]>;
  /** Nouns for supplied text ("chapter", "passage"): what analyze reads. */
  textNouns: readonly string[];
  /** Words about the product itself ("app", "offline", "shortcut"): questions for the assistant, not the project. */
  productNouns: readonly string[];
  /** What a question may ask the product to be able to do ("can it export…", "does the app support…"). */
  capabilityVerbs: readonly string[];
  /** Parts of the product's interface a "what is the … for?" question names (panel, graph, step, queue). */
  featureNouns: readonly string[];
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

function sortedMap<V>(record: Record<string, V>): Map<string, V> {
  return new Map(
    Object.keys(record)
      .sort(byLengthDesc)
      .map((k) => [k, record[k] as V]),
  );
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
  descriptiveAdjectives: new Set(raw.descriptiveAdjectives),
  nameTitles: new Set(raw.nameTitles),
  verbs: new Map(Object.entries(raw.verbs).map(([k, v]) => [k, [...v].sort(byLengthDesc)])),
  textNouns: [...raw.textNouns].sort(byLengthDesc),
  productNouns: [...raw.productNouns].sort(byLengthDesc),
  capabilityVerbs: [...raw.capabilityVerbs].sort(byLengthDesc),
  featureNouns: [...raw.featureNouns].sort(byLengthDesc),
};

const OPENERS = new Map<string, RegExp>();

/**
 * True when the text opens with a verb phrase of the lexicon class ("delete", "rename", "edit"…): the rules read
 * their verbs from the table instead of spelling them out. Each class's regex is compiled on first use.
 */
export function opensWithVerb(cls: string, text: string): boolean {
  let re = OPENERS.get(cls);
  if (!re) {
    const phrases = LEXICON.verbs.get(cls);
    if (!phrases) throw new Error(`lexicon.json has no verb class "${cls}" (add it under "verbs").`);
    re = new RegExp(`^(?:${phrases.map(escapeRegex).join('|')})\\b`);
    OPENERS.set(cls, re);
  }
  return re.test(text);
}
