// Which stages a run needs: all of them for an idea, only the missing ones on a partial project.
import type { ProjectFile } from '../../../src-preload/contract/project';
import { workflowSteps } from '../../workflow';
import { storyDraftOf } from './drafts-from-project';
import { STAGES, type StageName } from './state';

/**
 * Stages to run, in dependency order. `from` regenerates exactly that level (later levels are marked stale
 * and offered, never overwritten); `upTo` stops after that level (e.g. "generate the scene breakdown").
 */
export function planStages(file: ProjectFile, from?: StageName, upTo?: StageName): StageName[] {
  const e = file.entities;
  const hasCasting = workflowSteps(file.project.kind).some((s) => s.id === 'casting');
  if (from) return from === 'storyboard_artist' ? ['storyboard_artist', 'shot_planner'] : [from];
  const scenesWithoutShots = e.scenes.some((scene) => !e.shots.some((shot) => shot.sceneId === scene.id));
  const needs: Record<StageName, boolean> = {
    screenwriter: storyDraftOf(file) === null,
    character_designer: e.characters.length < 3,
    location_scout: e.locations.length === 0,
    relationship_writer: e.relationships.length === 0,
    scene_breakdown: e.scenes.length === 0,
    storyboard_artist: e.scenes.length === 0 || scenesWithoutShots,
    shot_planner:
      e.scenes.length === 0 ||
      scenesWithoutShots ||
      e.shots.some((s) => s.durationSec === undefined || !s.continuity),
    casting: hasCasting && e.castings.length === 0,
  };
  const last = upTo ? STAGES.indexOf(upTo) : STAGES.length - 1;
  return STAGES.filter((stage, index) => needs[stage] && index <= last);
}
