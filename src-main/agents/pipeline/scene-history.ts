// The generated script's story in the ledger: every pair that shares a generated scene gets one entry per scene.
import type { RelationshipEvent } from '../../../src-preload/contract/entities';
import { ledgerPatch } from '../../domain/relationship-ledger';
import { nowIso } from '../../shared/ids';
import type { ChangeBuilder } from '../../store/change-builder';
import { encountersBetween, playEncounters, type StoryScene } from '../scene-encounters';

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Plays each relationship through the generated scenes its two characters share (cause `generation`). Safe to
 * repeat (a resumed or regenerated stage): entries this stage wrote earlier for these scenes are taken back first.
 */
export function recordSceneHistory(builder: ChangeBuilder, sceneIds: ReadonlySet<string>): void {
  const work = builder.work.entities;
  const story: StoryScene[] = work.scenes
    .filter((s) => sceneIds.has(s.id))
    .map((s) => ({
      id: s.id,
      number: s.number,
      heading: s.heading,
      characterIds: s.characterIds,
      lines: s.elements.filter((e) => e.type === 'dialogue'),
      text: [s.summary ?? '', ...s.elements.map((e) => e.text)].join('\n'),
    }));
  const at = nowIso();
  for (const rel of work.relationships) {
    const encounters = encountersBetween(story, rel.sourceId, rel.targetId);
    const ours = (e: RelationshipEvent) => e.cause === 'generation' && !!e.sceneId && sceneIds.has(e.sceneId);
    const earlier = rel.history.filter(ours);
    if (!encounters.length && !earlier.length) continue;
    const a = work.characters.find((c) => c.id === rel.sourceId);
    const b = work.characters.find((c) => c.id === rel.targetId);
    if (!a || !b) continue;
    // Values before this stage's earlier entries: take their deltas back (pins held those values anyway).
    const base = {
      ...rel,
      strength: clamp(rel.strength - earlier.reduce((s, e) => s + e.dStrength, 0), -1, 1),
      trust: clamp(rel.trust - earlier.reduce((s, e) => s + e.dTrust, 0), 0, 1),
      history: rel.history.filter((e) => !ours(e)),
      interactionCount: Math.max(0, rel.interactionCount - earlier.filter((e) => e.interaction).length),
    };
    const fields = playEncounters(base, a, b, encounters, 'generation', at);
    builder.update('relationship', rel.id, ledgerPatch(fields));
  }
}
