// Picks the intent of a message: every rule scores it, the most certain wins (ties go to the earlier rule).
import type { Intent } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import type { NamedRule } from './rule-types';
import { scoreAdvance, scoreAnalyze, scoreExport, scoreUndo } from './rules-commands';
import { scoreChat, scoreQuery } from './rules-conversation';
import { scoreBulkCreate, scoreCreate, scoreModify } from './rules-entities';
import { scoreRelationshipEdit } from './rules-relationship-edits';
import { scoreGenerate, scoreSimulate } from './rules-story';

/** Rules in tie-break order: specific commands before open-ended ones, chat last as the fallback. */
export const INTENT_RULES: readonly NamedRule[] = [
  { intent: 'analyze', score: scoreAnalyze },
  { intent: 'undo', score: scoreUndo },
  { intent: 'export', score: scoreExport },
  { intent: 'advance', score: scoreAdvance },
  { intent: 'simulate', score: scoreSimulate },
  { intent: 'generate', score: scoreGenerate },
  { intent: 'bulk_create', score: scoreBulkCreate },
  { intent: 'create', score: scoreCreate },
  { intent: 'modify', score: (f) => Math.max(scoreModify(f), scoreRelationshipEdit(f)) },
  { intent: 'query', score: scoreQuery },
  { intent: 'chat', score: scoreChat },
];

/** The winning intent, its confidence, and the runner-up margin (a close call lowers confidence). */
export interface Classification {
  intent: Intent;
  confidence: number;
  scores: Partial<Record<Intent, number>>;
}

/** Classifies a message's features. Deterministic: the same features always give the same answer. */
export function classifyIntent(f: Features): Classification {
  const scores: Partial<Record<Intent, number>> = {};
  let top: { intent: Intent; score: number } = { intent: 'chat', score: 0 };
  let second = 0;
  for (const rule of INTENT_RULES) {
    const s = rule.score(f);
    scores[rule.intent] = s;
    if (s > top.score) {
      second = top.score;
      top = { intent: rule.intent, score: s };
    } else if (s > second) second = s;
  }
  // Two rules almost agreeing is an uncertain call: shave confidence so the caller may ask the user.
  const margin = top.score - second;
  const confidence = margin < 0.05 && second > 0.5 ? top.score - 0.1 : top.score;
  return { intent: top.intent, confidence: Math.round(confidence * 100) / 100, scores };
}
