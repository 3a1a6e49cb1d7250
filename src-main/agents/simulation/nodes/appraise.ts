// Node `appraise`: what the line just spoken does — a proposed relationship change with its reason, and both people's feelings.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SimulationChange, SimulationTurn } from '../../../../src-preload/contract/simulation';
import { interact } from '../../../domain/relationship-interaction';
import { simDepsOf } from '../simulation-deps';
import type { CastMember, PairState, SimulationStateUpdate, SimulationStateValue } from '../simulation-state';

const excerpt = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** Waits `ms` (pacing for a watched scene); a cancelled run stops waiting at once. */
function paceTurn(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The state update of one appraised line. */
export interface Appraisal {
  pairs: PairState[];
  cast: CastMember[];
  line: null;
  turns: SimulationTurn[];
  aiStreak: number;
  changes: SimulationChange[];
}

/** What the line just spoken does (pure: the user's own lines and directions are appraised the same way). */
export function appraiseLine(state: SimulationStateValue, config?: LangGraphRunnableConfig): Appraisal {
  const deps = simDepsOf(config);
  const line = state.line!;
  const next = state.next!;
  const speaker = state.cast.find((c) => c.id === next.speakerId)!;
  const addressee = state.cast.find((c) => c.id === next.addresseeId)!;
  const index = state.pairs.findIndex(
    (p) => [p.sourceId, p.targetId].includes(speaker.id) && [p.sourceId, p.targetId].includes(addressee.id),
  );
  const pair = state.pairs[index]!;
  const result = interact(
    { ...pair.fields, sourceId: pair.sourceId, targetId: pair.targetId },
    speaker,
    addressee,
    {
      type: next.beat.interaction,
      intensity: next.beat.intensity,
      actorId: speaker.id,
      cause: 'simulation',
      context: `${line.speaker}: “${excerpt(line.text)}”`,
    },
    deps.now,
  );
  const entry = result.fields.history.at(-1)!;
  const pairs = state.pairs.map((p, i) => (i === index ? { ...p, fields: result.fields } : p));
  const cast = state.cast.map((c) =>
    result.emotions[c.id] ? { ...c, emotions: result.emotions[c.id]! } : c,
  );
  const change: SimulationChange = {
    relationshipId: pair.relationshipId,
    dStrength: entry.dStrength,
    dTrust: entry.dTrust,
    reason: entry.reason,
    turn: state.turns.length,
    interaction: next.beat.interaction,
    ...(pair.isNew ? { pair: { sourceId: pair.sourceId, targetId: pair.targetId } } : {}),
  };
  return { pairs, cast, line: null, turns: [line], aiStreak: state.aiStreak + 1, changes: [change] };
}

export async function appraise(
  state: SimulationStateValue,
  config?: LangGraphRunnableConfig,
): Promise<SimulationStateUpdate> {
  const deps = simDepsOf(config);
  const update = appraiseLine(state, config);
  // The line and its proposal go out in turn order, before the next speaker is chosen (a pause lands here).
  deps.onTurn?.({
    index: state.turns.length,
    turn: state.line!,
    changes: update.changes,
    cast: update.cast,
  });
  await paceTurn(deps.turnDelayMs ?? 0, deps.signal);
  return update;
}
