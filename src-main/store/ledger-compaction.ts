// Undo history and journal records keep what a change did to a relationship's ledger, not the whole ledger twice.
import { RELATIONSHIP_HISTORY_MAX } from '../../src-preload/contract/ledger-limits';
import type { Change, ChangeOp, ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';

/** Below this many shared entries a compact op saves too little to be worth its expansion. */
const MIN_SHARED_ENTRIES = 4;

type Entity = Record<string, unknown>;

const ledgerOf = (entity: Entity | null): unknown[] | null =>
  entity && Array.isArray(entity.history) ? (entity.history as unknown[]) : null;

/** How many leading entries two ledgers share (the ledger only appends, so this is usually all of `before`). */
function sharedPrefix(before: readonly unknown[], after: readonly unknown[]): number {
  let n = 0;
  while (
    n < before.length &&
    n < after.length &&
    (before[n] === after[n] || JSON.stringify(before[n]) === JSON.stringify(after[n]))
  ) {
    n += 1;
  }
  return n;
}

/**
 * The op with both ledgers cut to the entries after their shared start (`historyFrom`), or the op itself when
 * nothing worth cutting is shared. Only relationship updates are cut.
 */
function compactOp(op: ChangeOp): ChangeOp {
  if (op.type !== 'relationship' || op.historyFrom !== undefined) return op;
  const before = ledgerOf(op.before);
  const after = ledgerOf(op.after);
  if (!before || !after) return op;
  const shared = sharedPrefix(before, after);
  if (shared < MIN_SHARED_ENTRIES) return op;
  return {
    ...op,
    before: { ...op.before, history: before.slice(shared) },
    after: { ...op.after, history: after.slice(shared) },
    historyFrom: shared,
  };
}

/**
 * The change as undo history and the journal keep it. An entity touched by two ops of one change stays whole: its
 * second op's shared entries would be the first op's result, which the project does not hold yet.
 */
export function compactChange(change: Change): Change {
  const seen = new Map<string, number>();
  for (const op of change.ops) seen.set(`${op.type}:${op.id}`, (seen.get(`${op.type}:${op.id}`) ?? 0) + 1);
  if (!change.ops.some((op) => op.type === 'relationship')) return change;
  return {
    ...change,
    ops: change.ops.map((op) => (seen.get(`${op.type}:${op.id}`)! > 1 ? op : compactOp(op))),
  };
}

function historyMismatch(op: ChangeOp, held: number): AppFailure {
  return new AppFailure(
    'JOURNAL_MISMATCH',
    `A recorded change to relationship ${op.id} continues a ledger of ${op.historyFrom} entries, but the project holds ${held}.`,
    'The undo history or journal does not belong to this state of the project; it was not applied, and nothing changed.',
  );
}

function ledgerTooLong(op: ChangeOp, length: number): AppFailure {
  return new AppFailure(
    'PROJECT_LIMIT',
    `This change was not saved: relationship ${op.id} would hold ${length} ledger entries, more than the ${RELATIONSHIP_HISTORY_MAX} a project can load.`,
    'Fold older entries of the relationship first; nothing was changed.',
  );
}

/** The op made whole again with the ledger entries the relationship holds in `file` now. */
function expandOp(file: ProjectFile, op: ChangeOp): ChangeOp {
  const { historyFrom, ...whole } = op;
  if (historyFrom === undefined) return op;
  const current = file.entities.relationships.find((r) => r.id === op.id);
  const held = current?.history.length ?? 0;
  if (!current || held < historyFrom) throw historyMismatch(op, held);
  const prefix = current.history.slice(0, historyFrom) as unknown[];
  const widen = (side: Entity | null): Entity | null => {
    if (!side) return side;
    const history = prefix.concat(ledgerOf(side) ?? []);
    if (history.length > RELATIONSHIP_HISTORY_MAX) throw ledgerTooLong(op, history.length);
    return { ...side, history };
  };
  return { ...whole, before: widen(op.before), after: widen(op.after) };
}

/** The change with every compact op made whole against `file`, as it stands just before the change applies. */
export function expandChange(file: ProjectFile, change: Change): Change {
  if (!change.ops.some((op) => op.historyFrom !== undefined)) return change;
  return { ...change, ops: change.ops.map((op) => expandOp(file, op)) };
}
