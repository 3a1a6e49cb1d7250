// Named guards over the production side of a project: locations, scenes, storyboard and shot list.
import type { Scene } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { capitalise, count, createCommand, listOf, partOf } from './text';
import type { GuardOutcome, Remedy, Thresholds } from './types';

const OK: GuardOutcome = { ok: true };
const blocked = (reasons: string[], remedies: Remedy[]): GuardOutcome => ({ ok: false, reasons, remedies });
const remedy = (id: string, command: string): Remedy => ({ id, label: capitalise(command), command });
const sceneName = (scene: Scene): string => `scene ${scene.number}`;

/** Enough locations to set scenes in. */
export function enoughLocations(project: ProjectFile, t: Thresholds): GuardOutcome {
  const have = project.entities.locations.length;
  if (have >= t.minLocations) return OK;
  return blocked(
    [`Create at least ${count(t.minLocations, 'location')} first — you have ${have}.`],
    [remedy('create-location', createCommand(t.minLocations - have, 'location'))],
  );
}

/** The story is broken into enough scenes. */
export function scenesExist(project: ProjectFile, t: Thresholds): GuardOutcome {
  const have = project.entities.scenes.length;
  if (have >= t.minScenes) return OK;
  return blocked(
    [`Break the story into at least ${count(t.minScenes, 'scene')} first — you have ${have}.`],
    [
      remedy('generate-scenes', 'generate the scene breakdown'),
      remedy('create-scene', createCommand(t.minScenes - have, 'scene')),
    ],
  );
}

/**
 * Every scene has a location and characters that still exist: a scene pointing at a deleted
 * location counts as having none, because the storyboard cannot draw it.
 */
export function scenesComplete(project: ProjectFile): GuardOutcome {
  const { scenes, locations, characters } = project.entities;
  const locationIds = new Set(locations.map((l) => l.id));
  const characterIds = new Set(characters.map((c) => c.id));
  const unplaced = scenes.filter((s) => !s.locationId || !locationIds.has(s.locationId));
  const empty = scenes.filter((s) => !s.characterIds.some((id) => characterIds.has(id)));
  if (unplaced.length === 0 && empty.length === 0) return OK;
  const reasons: string[] = [];
  const remedies: Remedy[] = [];
  if (unplaced.length > 0) {
    reasons.push(
      `${partOf(unplaced.length, scenes.length, 'scene')} no location: ${listOf(unplaced.map(sceneName))}.`,
    );
    for (const s of unplaced.slice(0, 3))
      remedies.push(remedy(`set-location:${s.id}`, `set the location of ${sceneName(s)}`));
  }
  if (empty.length > 0) {
    reasons.push(
      `${partOf(empty.length, scenes.length, 'scene')} no characters: ${listOf(empty.map(sceneName))}.`,
    );
    for (const s of empty.slice(0, 3))
      remedies.push(remedy(`add-characters:${s.id}`, `add characters to ${sceneName(s)}`));
  }
  return blocked(reasons, remedies);
}

/** Every scene has enough shots (storyboard panels) to plan a shot list from. */
export function scenesStoryboarded(project: ProjectFile, t: Thresholds): GuardOutcome {
  const { scenes, shots } = project.entities;
  const perScene = new Map<string, number>();
  for (const shot of shots) perScene.set(shot.sceneId, (perScene.get(shot.sceneId) ?? 0) + 1);
  const short = scenes.filter((s) => (perScene.get(s.id) ?? 0) < t.minShotsPerScene);
  if (short.length === 0) return OK;
  const lack = t.minShotsPerScene === 1 ? 'no shots' : `fewer than ${t.minShotsPerScene} shots`;
  const remedies = short.slice(0, 3).map((s) => remedy(`storyboard:${s.id}`, `storyboard ${sceneName(s)}`));
  if (short.length > 1) remedies.unshift(remedy('storyboard-all', 'storyboard all scenes'));
  return blocked(
    [
      `Storyboard every scene first — ${partOf(short.length, scenes.length, 'scene')} ${lack}: ${listOf(short.map(sceneName))}.`,
    ],
    remedies,
  );
}

/** The shot list is done: there are shots, and (unless configured off) every shot has a duration. */
export function shotListComplete(project: ProjectFile, t: Thresholds): GuardOutcome {
  const sceneIds = new Set(project.entities.scenes.map((s) => s.id));
  const shots = project.entities.shots.filter((s) => sceneIds.has(s.sceneId));
  if (shots.length === 0) {
    return blocked(
      ['Plan at least 1 shot first — you have 0.'],
      [remedy('storyboard-all', 'storyboard all scenes')],
    );
  }
  if (!t.requireShotDurations) return OK;
  const untimed = shots.filter((s) => s.durationSec === undefined).length;
  if (untimed === 0) return OK;
  return blocked(
    [`Give every shot a duration first — ${partOf(untimed, shots.length, 'shot')} none.`],
    [remedy('estimate-durations', 'estimate shot durations')],
  );
}
