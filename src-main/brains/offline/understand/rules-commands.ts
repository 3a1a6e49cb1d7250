// Intent rules for app commands: undo, export, advance (workflow) and analyze (supplied text).
import { suppliedDocumentKind } from '../../../domain/supplied-text';
import { findFormat, findStep } from './vocabulary';
import type { Features } from './features';
import {
  LEXICON,
  opensWithRulePhrase,
  phraseAlternation,
  ruleRegex,
  rulePhraseAlternation,
  verbAlternation,
} from './lexicon';
import { best } from './rule-types';

interface UndoWords {
  lead: RegExp;
  last: RegExp;
  command: RegExp;
  drop: RegExp;
  reverse: RegExp;
}
let undoWords: UndoWords | undefined;

/**
 * Built on first use from the lexicon: leading interjections, "<discard verb> the last change", and the undo
 * commands ("undo", "scratch that"), dropping verbs ("ditch it") and reversing verbs ("revert the last…").
 */
function undoTables(): UndoWords {
  undoWords ??= {
    command: new RegExp(`^(?:${rulePhraseAlternation('undoCommand')})\\b`),
    drop: new RegExp(`^(?:${rulePhraseAlternation('undoDrop')})\\s+(?:that|this|it)\\W*$`),
    reverse: new RegExp(
      `^(?:${rulePhraseAlternation('undoReverse')})\\s+(?:that|this|it|the (?:last|previous|latest)|my (?:last|previous)|last|everything|all|changes?|what you)\\b`,
    ),
    lead: new RegExp(`^(?:(?:${phraseAlternation(LEXICON.interjections)})\\b[,!.\\s]*)+`),
    last: new RegExp(
      `^(?:${verbAlternation('discard')})\\s+(?:that|this|the|my|your)\\s+(?:last\\s+|previous\\s+|latest\\s+|recent\\s+)?(?:change|edit|update|action|step)s?\\b`,
    ),
  };
  return undoWords;
}
const interjections = (): RegExp => undoTables().lead;
const discardLast = (): RegExp => undoTables().last;

/** undo: "undo that", "revert the last change", "scratch that", "go back" (but not "go back to <step>"). */
export function scoreUndo(f: Features): number {
  // "No no, reverse that": a leading interjection does not change the command.
  const t = f.template.replace(interjections(), '');
  const words = undoTables();
  return best(
    [words.command.test(t), 0.95],
    [discardLast().test(t), 0.95],
    [words.drop.test(t), 0.93],
    [words.reverse.test(t), 0.95],
    [/^revert\b(?!.*\bto\s+\d)/.test(t), 0.85],
    [/^go back(?!\s+to\b)/.test(t), 0.8],
    [
      /\b(?:back to (?:how|the way) (?:it|they|things) (?:was|were)|(?:the )?previous version|as it was before)\b/.test(
        t,
      ),
      0.9,
    ],
    [
      /^(?:roll|rolls)\s+(?:it|that|this|everything|them)\s+back\b|^(?:take|back)\s+(?:back|out)\s+(?:that|this|the|my|it)\b|^(?:ctrl|cmd|command)\s*\+?\s*z\W*$/.test(
        t,
      ),
      0.93,
    ],
    [/\bundo\b|\bput it back\b|\bchange it back\b/.test(t), 0.85],
    // The keyboard shortcut typed out; read from the raw text, since "Z" may pass for a name in the template.
    [/^(?:ctrl|control|cmd|command)\s*[+-]?\s*z\W*$/.test(f.lower.trim()), 0.93],
  );
}

let formatWords: { strong: RegExp; asFormat: RegExp; bare: RegExp } | undefined;
/**
 * Built on first use from the lexicon: format words that name only a file format ("fdx", "spreadsheet"), and
 * a format named after "as/to/in" or as the whole message ("as a .fountain", "PDF please").
 */
function formatTables(): { strong: RegExp; asFormat: RegExp; bare: RegExp } {
  const names = rulePhraseAlternation('formatNames');
  formatWords ??= {
    strong: new RegExp(`\\b(?:${rulePhraseAlternation('strongFormats')})\\b`),
    asFormat: new RegExp(`\\b(?:as|to|in|into)\\s+(?:an?\\s+)?(?:${names})\\b`),
    bare: new RegExp(
      `^(?:an?\\s+|as\\s+|in\\s+)?(?:${names})(?:\\s+(?:file|version|copy|export|format|one))?\\W*$`,
    ),
  };
  return formatWords;
}
let exportVerb: RegExp | undefined;
/** An exporting verb anywhere: the export class, or a verb that delivers a file once a format is named. */
const EXPORT_VERB = (): RegExp =>
  (exportVerb ??= new RegExp(`\\b(?:${verbAlternation('export')}|${verbAlternation('deliver')})\\b`));

/** export: a format plus an exporting verb, or "export …", or "package the whole project". */
export function scoreExport(f: Features): number {
  const t = f.template;
  const format = findFormat(t);
  return best(
    [opensWithRulePhrase('exportOpeners', t), 0.93],
    [formatTables().strong.test(t) && EXPORT_VERB().test(t), 0.92],
    [formatTables().asFormat.test(t), 0.9],
    [format !== undefined && opensWithRulePhrase('saveOpeners', t), 0.88],
    [
      ruleRegex(
        'packageOpeners',
        '^(?:',
        String.raw`)\s+(?:up\s+)?(?:the|my|our|this|everything|it|all)\b`,
      ).test(t) && /\b(?:project|everything|all|whole|send|share)\b/.test(t),
      0.9,
    ],
    [/\bsave\b.*\b(?:as|to)\b/.test(t), 0.8],
    [bareFormat(t), 0.85],
  );
}

let moveRe: RegExp | undefined;
/** A move verb of the lexicon, then "(us) (on|ahead…) to|with|onto|into": where the workflow should go. */
const MOVE = (): RegExp =>
  (moveRe ??= new RegExp(
    `\\b(?:${verbAlternation('move')})\\s+(?:(?:us|me|it|things|everything|the project)\\s+)?(?:(?:on|ahead|forward|further|back|over|straight|right|along)\\s+)*(?:to|with|onto|into)\\b`,
  ));
/** "what next?", "where do we go from here", "we're done with…", "mark the boards as done": asking to move on. */
const NEXT_QUESTION = (): RegExp =>
  ruleRegex(
    'nextQuestions',
    String.raw`\b(?:what (?:should|do|can|shall) (?:i|we) (?:do|work on|tackle)(?: next| now)?\b(?! (?:with|about|to)\b)|(?:the )?next (?:stage|phase|step)\W*$|where (?:do|should) (?:i|we) go from here|mark (?:the |this )?.*\b(?:as )?(?:done|complete|finished)\b|`,
    ')',
  );

/**
 * The step the user wants to reach: the one named after the move verb when there is one ("freeze the scene
 * breakdown, then go to boards" → storyboard), else the first step named.
 */
export function targetStep(t: string): ReturnType<typeof findStep> {
  const move = MOVE().exec(t) ?? /\b(?:on|onwards?|onto)\s+(?:to\s+)?(?=(?:the\s+)?[a-z]+\W*$)/.exec(t);
  if (move) {
    const after = findStep(t.slice(move.index));
    if (after) return { ...after, index: after.index + move.index };
  }
  // "the boards are done, on to casting", "casting next, we are finished with the boards":
  // the step named that is not the finished one.
  if (DONE().test(t)) {
    const open = stepMentions(t).filter((s) => !finished(t, s));
    if (open.length) return open[open.length - 1];
  }
  return findStep(t);
}

const DONE = (): RegExp => ruleRegex('finishedWords', String.raw`\b(?:`, String.raw`)\b`);
const FINISHED_OBJECT = (): RegExp =>
  ruleRegex('finishedWords', String.raw`\b(?:`, String.raw`)\s+(?:with\s+)?(?:the\s+|our\s+|my\s+)?$`);
const FINISHED_SUBJECT = (): RegExp =>
  ruleRegex(
    'finishedWords',
    String.raw`^(?:\s+step)?\s+(?:is|are|'s|was|were)\s+(?:now\s+|all\s+|really\s+)?(?:`,
    String.raw`)\b`,
  );

/** A step named as the one just finished: "done with the concept", "characters are done". */
function finished(t: string, s: { index: number; phrase: string }): boolean {
  return (
    FINISHED_OBJECT().test(t.slice(0, s.index)) || FINISHED_SUBJECT().test(t.slice(s.index + s.phrase.length))
  );
}

/** Every step named in the text, in order. */
function stepMentions(t: string): NonNullable<ReturnType<typeof findStep>>[] {
  const out: NonNullable<ReturnType<typeof findStep>>[] = [];
  for (let from = 0, s = findStep(t); s; s = findStep(t.slice(from))) {
    const at = { ...s, index: s.index + from };
    out.push(at);
    from = at.index + at.phrase.length;
  }
  return out;
}

let timeTo: RegExp | undefined;
/** "(it's|now) time to (verb) (the)": the lexicon's timeTo verbs may name the work before the step. */
const TIME_TO = (): RegExp =>
  (timeTo ??= new RegExp(
    `^(?:(?:it'?s|now)\\s+)?time\\s+to\\s+(?:(?:${rulePhraseAlternation('timeTo')})\\s+)?(?:the\\s+)?`,
  ));

function timeForStep(t: string): boolean {
  const m = TIME_TO().exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length);
  const step = findStep(rest);
  return step?.index === 0 && /^[a-z -]*?(?:\s+(?:it|this|them|now))?\W*$/.test(rest);
}

/** A bare format as the whole message ("PDF please", "a csv"): the user wants an export in that format. */
export function bareFormat(t: string): boolean {
  return formatTables().bare.test(t);
}

let startStepRe: RegExp | undefined;
/** A lexicon startStep verb opening the message ("kick off the storyboard", "ready for casting"). */
const START_STEP = (): RegExp =>
  (startStepRe ??= new RegExp(`^(?:${rulePhraseAlternation('startStep')})\\b`));

/** advance: moving the workflow on ("move on to scene breakdown", "let's start the storyboard", "what next?"). */
export function scoreAdvance(f: Features): number {
  const t = f.template;
  const move = MOVE().exec(t);
  const step = targetStep(t);
  const stepAfterMove = !!(move && step && step.index >= move.index);
  const startStep =
    START_STEP().test(t) &&
    !!step &&
    !/\b(?:an?|new|some|\d+)\s+(?:[a-z-]+\s+)?$/.test(t.slice(0, step.index));
  return best(
    [stepAfterMove, 0.93],
    [!!move && !step && opensWithRulePhrase('moveOpeners', t), 0.7],
    [startStep, 0.9],
    [/^(?:back|on|onwards?|forward|straight|over|now on)\s+to\b/.test(t) && !!step, 0.92],
    // "Characters are fine, on to relationships": the move comes after a clause.
    [
      /[,;.-]\s*(?:and\s+)?(?:now\s+)?(?:on|onwards?|onto)\s+(?:to\s+)?/.test(t) &&
        !!step &&
        /\b(?:on|onwards?|onto)\s+(?:to\s+)?(?:the\s+)?[a-z]+\W*$/.test(t),
      0.9,
    ],
    [NEXT_QUESTION().test(t), 0.9],
    // "time to cast it", "time to do the boards": the step right after "time to (verb)".
    [timeForStep(t), 0.88],
    [ruleRegex('advanceAlone', '^(?:', String.raw`)\W*$`).test(t), 0.9],
    [!!step && /\b(?:step|stage|phase)\b/.test(t) && opensWithRulePhrase('stepOpeners', t), 0.88],
  );
}

let analyzeWords: { noun: string; verb: RegExp } | undefined;

/**
 * Built on first use from the lexicon: the nouns of supplied text (plus pieces of a story a user may paste),
 * and the reading verbs (the analyze and inspect classes) with the questions that ask who or what is in a text.
 */
function analyzeTables(): { noun: string; verb: RegExp } {
  analyzeWords ??= {
    noun: `(?:${phraseAlternation([...LEXICON.textNouns, 'story', 'short story', 'scene', 'synopsis'])})`,
    verb: new RegExp(
      `\\b(?:${verbAlternation('analyze')}|${verbAlternation('inspect')}|break(?:ing)? (?:it |this |that )?down|who (?:are|is) (?:the|in)|what (?:characters|locations))\\b`,
    ),
  };
  return analyzeWords;
}

/** analyze: a request to read supplied text ("Analyze this chapter: …", "Here's my first chapter …"). */
export function scoreAnalyze(f: Features): number {
  const t = f.template;
  const { noun: TEXT_NOUN, verb: ANALYZE_VERB } = analyzeTables();
  const ownText = new RegExp(
    String.raw`\b(?:this|my|the following|these|attached|below|following|here'?s? (?:is )?(?:my|the|a))\s+(?:[a-z@-]+\s+){0,2}${TEXT_NOUN}\b`,
  ).test(t);
  const hereIs = new RegExp(
    String.raw`^(?:here'?s|here is|this is|below is|attached is|i wrote|i've written|i have written)\s+(?:my|the|a|our|some)\s+(?:[a-z@-]+\s+){0,3}${TEXT_NOUN}\b`,
  ).test(t);
  const screenplay = /\b(?:INT|EXT)\.\s/.test(f.text);
  const verb = ANALYZE_VERB.test(t);
  return best(
    // A pasted screenplay or chapter is a document to read, whatever its first line says ("Title: …").
    [suppliedDocumentKind(f.text) !== undefined, 0.97],
    [verb && ownText, 0.93],
    [hereIs && (!!f.passage || verb), 0.92],
    [hereIs, 0.75],
    [!!f.passage && verb, 0.85],
    [screenplay && !!f.passage, 0.85],
    [!!f.passage && (f.passage.length > 300 || f.passage.split(/[.!?]\s/).length >= 4), 0.7],
  );
}
