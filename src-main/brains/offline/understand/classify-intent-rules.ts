// The hand-written intent detectors, in tie-break order; the classifier reads their hits as features.
import type { Intent } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { shotAddition, shotCameraEdit } from './params-shot';
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

/**
 * Typed detectors that decide an intent alone, as a certain row of the pattern table does, for readings a
 * regex over the template cannot state (a shot reference plus a camera value that parses; a new shot for a
 * numbered scene).
 */
export const CERTAIN_RULES: readonly { intent: Intent; applies: (f: Features) => boolean }[] = [
  { intent: 'modify', applies: shotCameraEdit },
  { intent: 'create', applies: shotAddition },
];
