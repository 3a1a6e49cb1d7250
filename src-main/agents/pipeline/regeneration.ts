// Regenerating one level: new drafts keep the old ids (so references hold); later levels are marked stale, not overwritten.
import type { ProjectFile } from '../../../src-preload/contract/project';
import { ChangeBuilder } from '../../store/change-builder';
import type { ProjectSession } from '../../store/project-session';
import type { RunRecord } from './run-record';
import type { StageName } from './state';

/** Draft keys of the regenerated level mapped to existing ids by order (scene 1 stays scene 1's id). */
export function reuseIdsFor(file: ProjectFile, from: StageName): Record<string, string> {
  const reuse: Record<string, string> = {};
  if (from === 'scene_breakdown') {
    [...file.entities.scenes]
      .sort((a, b) => a.number - b.number)
      .forEach((s, i) => (reuse[`scene:scene-${i + 1}`] = s.id));
  }
  return reuse;
}

const LATER: Partial<Record<StageName, { type: 'shot' | 'scene'; label: string; command: string }>> = {
  scene_breakdown: { type: 'shot', label: 'Regenerate the storyboard', command: 'regenerate the storyboard' },
  character_designer: { type: 'scene', label: 'Regenerate the scenes', command: 'regenerate the scenes' },
  location_scout: { type: 'scene', label: 'Regenerate the scenes', command: 'regenerate the scenes' },
};

/** Marks what depended on the regenerated level as stale and returns the choice that regenerates it. */
export async function markStaleAfterRegeneration(
  session: ProjectSession,
  record: RunRecord,
): Promise<{ label: string; command: string }[]> {
  const later = LATER[record.regenerate as StageName];
  if (!later) return [];
  const builder = new ChangeBuilder(session.file, { via: 'agent', provenance: { runId: record.runId } });
  const list = later.type === 'shot' ? session.file.entities.shots : session.file.entities.scenes;
  const regeneratedAt = record.startedAt;
  for (const e of list)
    if (!e.stale && e.updatedAt < regeneratedAt) builder.update(later.type, e.id, { stale: true });
  if (builder.isEmpty)
    return list.some((e) => e.stale) ? [{ label: later.label, command: later.command }] : [];
  await session.commit(
    `Marked ${builder.ops.length} ${later.type}s for review after regeneration`,
    builder.ops,
  );
  return [{ label: later.label, command: later.command }];
}

interface Regenerable {
  id: string;
  userEdited?: boolean;
  createdVia: string;
  provenance: { runId?: string };
}

/**
 * Splits a level's entities into the ones a stage must keep (the user's own; what this very run wrote before a
 * crash is redrafted, not kept) and, when regenerating that level, the agent-made ones the new drafts replace.
 */
export function splitForRegeneration<T extends Regenerable>(
  record: RunRecord,
  stage: StageName,
  all: readonly T[],
): { own: T[]; replaced: T[] } {
  const writtenByThisRun = (e: T) => e.provenance.runId === record.runId;
  if (record.regenerate !== stage) return { own: all.filter((e) => !writtenByThisRun(e)), replaced: [] };
  const kept = (e: T) => !writtenByThisRun(e) && (e.userEdited === true || e.createdVia !== 'agent');
  return { own: all.filter(kept), replaced: all.filter((e) => !kept(e)) };
}

/** New drafts take over the replaced entities' ids in order (references hold); surplus old ones are removed. */
export function reuseReplacedIds(
  record: RunRecord,
  builder: ChangeBuilder,
  kind: 'character' | 'location' | 'beat',
  draftKeys: readonly string[],
  replaced: readonly { id: string }[],
): void {
  if (replaced.length === 0) return;
  record.reuse ??= {};
  draftKeys.forEach((key, i) => {
    if (replaced[i]) record.reuse![`${kind}:${key}`] = replaced[i]!.id;
  });
  for (const old of replaced.slice(draftKeys.length))
    if (builder.work.entities[`${kind}s`].some((e) => e.id === old.id)) builder.delete(kind, old.id);
}
