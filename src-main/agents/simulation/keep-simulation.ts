// Keeping a simulated scene: its proposed changes become ledger entries (cause "simulation") in one undoable change.
import type { Relationship } from '../../../src-preload/contract/entities';
import type { Simulation } from '../../../src-preload/contract/simulation';
import { applyLedgerChange, ledgerPatch, openingEntry } from '../../domain/relationship-ledger';
import { KIND_START } from '../../domain/relationship-lookup';
import { nowIso } from '../../shared/ids';
import type { ChangeBuilder } from '../../store/change-builder';

/** Where simulated scenes sit in story time: just after the last scene of the script. */
export function storyOrderAfterScenes(builder: ChangeBuilder): number {
  return builder.work.entities.scenes.reduce((m, s) => Math.max(m, s.number), 0) + 0.5;
}

/**
 * Plans the scene's changes: each proposal in turn order as one ledger entry (pins still hold: a pinned value
 * does not move even if it was unpinned when the scene ran), and each participant's final feelings.
 * Returns the relationships touched.
 */
export function planKeepSimulation(builder: ChangeBuilder, sim: Simulation): string[] {
  const now = nowIso();
  // A scene saved into the script places its changes there; otherwise just after the last scene.
  const saved = builder.work.entities.scenes.find((s) => s.id === sim.savedSceneId);
  const storyOrder = saved ? saved.number : storyOrderAfterScenes(builder);
  const sceneId = saved ? { sceneId: saved.id } : {};
  const touched = new Set<string>();
  for (const change of sim.changes) {
    let rel = builder.work.entities.relationships.find((r) => r.id === change.relationshipId);
    if (!rel && change.pair) {
      const opening = openingEntry(
        { kind: 'other', ...KIND_START.other },
        'simulation',
        `Met in a simulated scene: ${sim.objective}.`,
        now,
        { storyOrder },
      );
      rel = builder.create('relationship', {
        id: change.relationshipId,
        ...change.pair,
        kind: 'other',
        ...KIND_START.other,
        history: [opening],
      }).after as unknown as Relationship;
    }
    if (!rel) continue;
    const fields = applyLedgerChange(
      rel,
      {
        cause: 'simulation',
        reason: change.reason,
        dStrength: change.dStrength,
        dTrust: change.dTrust,
        storyOrder,
        ...sceneId,
        ...(change.interaction ? { interaction: change.interaction } : {}),
      },
      now,
    );
    builder.update('relationship', rel.id, ledgerPatch(fields));
    touched.add(rel.id);
  }
  for (const e of sim.emotions)
    if (builder.work.entities.characters.some((c) => c.id === e.characterId))
      builder.update('character', e.characterId, { emotions: e.emotions });
  return [...touched];
}
