// The guard registry: every named guard and the check that runs a list of them against a project.
import type { ProjectFile } from '../../src-preload/contract/project';
import {
  enoughLocations,
  scenesComplete,
  scenesExist,
  scenesStoryboarded,
  shotListComplete,
} from './guards-production';
import {
  brandDefined,
  charactersCastable,
  charactersDeveloped,
  conceptDefined,
  enoughCharacters,
  relationshipsMapped,
  storyStructured,
} from './guards-story';
import type { GuardId, GuardOutcome, Thresholds } from './types';

export type GuardFn = (project: ProjectFile, thresholds: Thresholds) => GuardOutcome;

/** Every guard by name; `satisfies` keeps the registry exhaustive over `GuardId`. */
export const GUARDS = {
  conceptDefined,
  brandDefined,
  storyStructured,
  enoughCharacters,
  relationshipsMapped,
  charactersDeveloped,
  enoughLocations,
  scenesExist,
  scenesComplete,
  scenesStoryboarded,
  charactersCastable,
  shotListComplete,
} as const satisfies Record<GuardId, GuardFn>;

/** Runs one named guard. */
export const runGuard = (guard: GuardId, project: ProjectFile, thresholds: Thresholds): GuardOutcome =>
  GUARDS[guard](project, thresholds);
