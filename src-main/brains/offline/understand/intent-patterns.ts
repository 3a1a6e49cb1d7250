// The declarative intent pattern table (resources/engine/understand/intent-patterns.json), compiled once.
import type { Intent } from '../../../../src-preload/contract/intent';
import raw from '../../../../resources/engine/understand/intent-patterns.json';
import { LEXICON, rulePhraseAlternation } from './lexicon';
import { escapeRegex } from './text-utils';
import { isPluralEntityNoun } from './vocabulary';

/** One row of the table: a pattern over the message template that speaks for an intent. */
export interface IntentPattern {
  id: string;
  intent: Intent;
  /** Whole-message commands: a hit decides the intent without the classifier. */
  certain: boolean;
  /**
   * A broad cue (a step or format word anywhere, a question word): evidence the classifier weighs from the data
   * alone. Other rows start with a prior weight for their intent (`TrainingOptions.prior`).
   */
  cue: boolean;
  regex: RegExp;
  examples: readonly string[];
}

const alternation = (phrases: Iterable<string>): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

/** The word classes a pattern may name in braces; each becomes an alternation of the lexicon's phrases. */
function macros(): Map<string, string> {
  const out = new Map<string, string>([
    ['entity', alternation(LEXICON.entityNouns.keys())],
    ['format', alternation(LEXICON.formats.keys())],
    ['step', alternation(LEXICON.steps.keys())],
    ['relation', alternation(LEXICON.relations.keys())],
    ['production', alternation(LEXICON.productionNouns)],
    ['text', alternation(LEXICON.textNouns)],
    ['product', alternation(LEXICON.productNouns)],
    ['capability', alternation(LEXICON.capabilityVerbs)],
    ['feature', alternation(LEXICON.featureNouns)],
    ['portrait', alternation(LEXICON.portraitNouns)],
    ['verdict', rulePhraseAlternation('verdicts')],
    ['entities', alternation([...LEXICON.entityNouns.keys()].filter(isPluralEntityNoun))],
    [
      'count',
      `\\d+|${alternation([...LEXICON.numberWords.keys()].filter((w) => !/^(?:a|an|half|a half|half an?|a single|one|zero)$/.test(w)))}|several|some|more|many`,
    ],
  ]);
  for (const [cls, phrases] of LEXICON.verbs) out.set(`verb:${cls}`, alternation(phrases));
  return out;
}

/** Expands `{class}` references; an unknown class is a table error, reported with the row's id. */
export function expandPattern(id: string, pattern: string, table = macros()): RegExp {
  const source = pattern.replace(/\{([a-z:]+)\}/g, (_, name: string) => {
    const alt = table.get(name);
    if (alt === undefined) throw new Error(`intent pattern ${id}: unknown word class {${name}}`);
    return alt;
  });
  return new RegExp(source);
}

interface RawRow {
  id: string;
  intent: string;
  pattern: string;
  examples: string[];
  certain?: boolean;
  cue?: boolean;
}

function compile(): IntentPattern[] {
  const table = macros();
  return (raw.patterns as RawRow[]).map((row) => ({
    id: row.id,
    intent: row.intent as Intent,
    certain: row.certain === true,
    cue: row.cue === true,
    regex: expandPattern(row.id, row.pattern, table),
    examples: row.examples,
  }));
}

/** The compiled table, in file order. */
export const INTENT_PATTERNS: readonly IntentPattern[] = compile();

/** The ids of the rows whose pattern matches the template. */
export function patternHits(template: string): IntentPattern[] {
  return INTENT_PATTERNS.filter((p) => p.regex.test(template));
}
