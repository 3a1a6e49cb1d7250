// The master step order, default step texts and the guard table (which step each guard gates).
import { WORKFLOW_STEP_IDS, type WorkflowStepId } from '../../src-preload/contract/project';
import type { GuardId } from './types';

/**
 * Every kind's steps are a subsequence of this order (a kind only skips steps), so "earlier" and
 * "later" mean the same thing in every kind. `brand` sits right after `concept` (commercials).
 */
export const MASTER_ORDER: readonly WorkflowStepId[] = WORKFLOW_STEP_IDS;

/** Position of a step in the master order. */
export const masterIndex = (step: WorkflowStepId): number => MASTER_ORDER.indexOf(step);

/** Default title and description of each step (a kind or the config may rename them). */
export const STEP_TEXT: Record<WorkflowStepId, { title: string; description: string }> = {
  concept: {
    title: 'Concept',
    description: 'The idea in a sentence: title, logline, theme, genre and tone.',
  },
  brand: { title: 'Brand', description: 'The product or brand, its tone and its visual style.' },
  story_structure: { title: 'Story structure', description: 'Acts and beats: how the story unfolds.' },
  characters: { title: 'Characters', description: 'Who the story is about: names, roles, descriptions.' },
  relationships: {
    title: 'Relationships',
    description: 'How the characters are connected, and how strongly.',
  },
  locations: { title: 'Locations', description: 'Where the story happens: interiors, exteriors, props.' },
  scene_breakdown: {
    title: 'Scene breakdown',
    description: 'Scenes with their location, cast and breakdown tags.',
  },
  storyboard: { title: 'Storyboard', description: 'Shots for every scene, with frames.' },
  shot_list: {
    title: 'Shot list',
    description: 'Sizes, angles, movement, lenses and durations of every shot.',
  },
  casting: { title: 'Casting', description: 'Talent suggestions for every speaking part.' },
  package: { title: 'Package', description: 'The production package: exports of everything above.' },
};

/** Where a guard sits in the workflow. */
export interface GuardSpec {
  /** Stable code returned when this guard blocks. */
  code: string;
  /** The step this guard is the entry condition of. */
  gate: WorkflowStepId;
  /** The step whose output it checks: when that step is skipped, the guard is dropped. */
  producer: WorkflowStepId;
  /**
   * When the gate step is skipped, whether the guard moves on to the next step that remains
   * (true: it is the output of an earlier step that everything later relies on) or is dropped
   * (false: only the gate step needs it, e.g. roles are only needed to cast).
   */
  carry: boolean;
  /**
   * A guard whose failure makes this one fail too (no relationships without characters, no storyboard
   * without scenes): while it fails, this guard is not reported, so a list of everything missing names
   * each missing thing once, with the remedy that fixes it.
   */
  requires?: GuardId;
}

/** The guard table, in check order (a blocked move reports the first failing guard's code). */
export const GUARD_SPECS: Record<GuardId, GuardSpec> = {
  conceptDefined: { code: 'WORKFLOW_NEEDS_CONCEPT', gate: 'brand', producer: 'concept', carry: true },
  brandDefined: { code: 'WORKFLOW_NEEDS_BRAND', gate: 'story_structure', producer: 'brand', carry: true },
  storyStructured: {
    code: 'WORKFLOW_NEEDS_STORY_STRUCTURE',
    gate: 'characters',
    producer: 'story_structure',
    carry: true,
    requires: 'conceptDefined',
  },
  enoughCharacters: {
    code: 'WORKFLOW_NEEDS_CHARACTERS',
    gate: 'relationships',
    producer: 'characters',
    carry: true,
  },
  relationshipsMapped: {
    code: 'WORKFLOW_NEEDS_RELATIONSHIPS',
    gate: 'locations',
    producer: 'relationships',
    carry: true,
    requires: 'enoughCharacters',
  },
  charactersDeveloped: {
    code: 'WORKFLOW_NEEDS_CHARACTER_DETAILS',
    gate: 'scene_breakdown',
    producer: 'characters',
    carry: true,
    requires: 'enoughCharacters',
  },
  enoughLocations: {
    code: 'WORKFLOW_NEEDS_LOCATIONS',
    gate: 'scene_breakdown',
    producer: 'locations',
    carry: true,
  },
  scenesExist: {
    code: 'WORKFLOW_NEEDS_SCENES',
    gate: 'storyboard',
    producer: 'scene_breakdown',
    carry: true,
  },
  scenesComplete: {
    code: 'WORKFLOW_NEEDS_SCENE_DETAILS',
    gate: 'storyboard',
    producer: 'scene_breakdown',
    carry: true,
    requires: 'scenesExist',
  },
  scenesStoryboarded: {
    code: 'WORKFLOW_NEEDS_STORYBOARD',
    gate: 'shot_list',
    producer: 'storyboard',
    carry: true,
    requires: 'scenesExist',
  },
  charactersCastable: {
    code: 'WORKFLOW_NEEDS_CHARACTER_ROLES',
    gate: 'casting',
    producer: 'characters',
    carry: false,
    requires: 'enoughCharacters',
  },
  shotListComplete: {
    code: 'WORKFLOW_NEEDS_SHOT_LIST',
    gate: 'package',
    producer: 'shot_list',
    carry: true,
    requires: 'scenesStoryboarded',
  },
};

/** Codes of blocked moves that are not a guard. */
export const WORKFLOW_CODES = {
  stepNotInKind: 'WORKFLOW_STEP_NOT_IN_KIND',
  stepBehind: 'WORKFLOW_STEP_BEHIND',
  stepAhead: 'WORKFLOW_STEP_AHEAD',
  configInvalid: 'WORKFLOW_CONFIG_INVALID',
} as const;

/** The phrase the chat understands for a step ("scene_breakdown" → "scene breakdown"). */
export const stepPhrase = (step: WorkflowStepId): string => step.replace(/_/g, ' ');
