// What one acknowledged write does to a project (a change, an undo, a redo): the single apply code of live commits and journal replay.
import { HISTORY_LIMIT, type Change, type ProjectFile } from '../../src-preload/contract/project';
import { assertNever } from '../shared/assert';
import { AppFailure } from '../shared/failure';
import { applyOps, invertOps } from './entity-ops';
import { compactChange, expandChange } from './ledger-compaction';
import { assertWithinCaps, validateChange } from './write-validation';

/**
 * One journaled action. A commit carries its whole validated change; an undo or redo names the change it
 * expects on top of its stack, so a replay onto a project whose history differs stops instead of guessing.
 */
export type SessionAction =
  | { kind: 'commit'; change: Change }
  | { kind: 'undo'; at: string; changeId: string }
  | { kind: 'redo'; at: string; changeId: string };

/**
 * Applies `action` to `file` in place as write number `seq`: the change is validated with the loader's schemas
 * and caps first, so a refused action leaves the file untouched. Returns the change as applied (whole entities,
 * for the change summary) and the action as it must be journaled (a commit's change as validated, with delete
 * positions, and relationship ledgers cut to what changed: see ledger-compaction).
 */
export function applyAction(
  file: ProjectFile,
  action: SessionAction,
  seq: number,
): { change: Change; action: SessionAction } {
  const history = file.history;
  let change: Change;
  let journaled: SessionAction = action;
  switch (action.kind) {
    case 'commit': {
      // Validated compact (a relationship's unchanged ledger is not checked again), applied whole. Expansion keeps
      // every other op as the same object, so the delete positions applyOps records land in the kept change too.
      const kept = validateChange(compactChange(action.change));
      change = expandChange(file, kept);
      applyChecked(file, change);
      history.undo = [...history.undo, kept].slice(-HISTORY_LIMIT);
      history.redo = [];
      journaled = { kind: 'commit', change: kept };
      break;
    }
    case 'undo': {
      const top = expectTop(history.undo, action);
      change = expandChange(file, top);
      applyChecked(file, expandChange(file, validateChange({ ...top, ops: invertOps(top.ops) })));
      history.undo = history.undo.slice(0, -1);
      history.redo = [...history.redo, top].slice(-HISTORY_LIMIT);
      break;
    }
    case 'redo': {
      const top = expectTop(history.redo, action);
      change = expandChange(file, validateChange(top));
      applyChecked(file, change);
      history.redo = history.redo.slice(0, -1);
      history.undo = [...history.undo, top].slice(-HISTORY_LIMIT);
      break;
    }
    default:
      return assertNever(action, 'session action');
  }
  // Replace, never mutate: the serializer caches objects by identity.
  file.project = { ...file.project, updatedAt: action.kind === 'commit' ? change.at : action.at };
  file.journalSeq = seq;
  return { change, action: journaled };
}

/** Applies validated ops, rolling them back if a collection would exceed its cap. */
function applyChecked(file: ProjectFile, change: Change): void {
  applyOps(file, change.ops);
  try {
    assertWithinCaps(file, change.ops);
  } catch (error) {
    applyOps(file, invertOps(change.ops));
    throw error;
  }
}

/** The change on top of an undo/redo stack, which must be the one the action names. */
function expectTop(stack: readonly Change[], action: { kind: string; changeId: string }): Change {
  const top = stack.at(-1);
  if (!top || top.id !== action.changeId) {
    throw new AppFailure(
      'JOURNAL_MISMATCH',
      `A journaled ${action.kind} expects change ${action.changeId} on top of the stack, but finds ${top?.id ?? 'none'}.`,
      'The journal does not belong to this project.json; it was kept aside and the project opened without it.',
    );
  }
  return top;
}
