// The declarative workflow of each project kind: which master steps it skips, its texts and thresholds.
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { WorkflowStepId } from '../../src-preload/contract/project';
import type { Thresholds } from './types';

/** How one kind differs from the master order and the default texts. */
export interface KindWorkflow {
  skip: WorkflowStepId[];
  titles: Partial<Record<WorkflowStepId, string>>;
  descriptions: Partial<Record<WorkflowStepId, string>>;
  thresholds: Thresholds;
}

/** Thresholds of a drama with a speaking cast (features, shorts, episodes). */
const DRAMA: Thresholds = {
  minBeats: 1,
  minCharacters: 2,
  minDevelopedCharacters: 2,
  minRelationships: 1,
  minLocations: 1,
  minScenes: 1,
  minShotsPerScene: 1,
  requireShotDurations: true,
};

/**
 * Built-in workflows. Why each differs:
 * - music video: performers rather than a dramatic cast, so no relationship map and no casting of
 *   speaking parts; a single performer is enough.
 * - commercial: a `brand` step (product, tone, style) right after the concept; a spot rarely needs a
 *   relationship map; one character (the spokesperson) is enough, but parts are cast.
 */
export const KIND_WORKFLOWS: Record<ProjectKind, KindWorkflow> = {
  'feature-film': { skip: ['brand'], titles: {}, descriptions: {}, thresholds: DRAMA },
  'short-film': { skip: ['brand'], titles: {}, descriptions: {}, thresholds: DRAMA },
  'series-episode': {
    skip: ['brand'],
    titles: { story_structure: 'Episode structure' },
    descriptions: { story_structure: 'Acts and beats of this episode, with its A and B stories.' },
    thresholds: DRAMA,
  },
  'music-video': {
    skip: ['brand', 'relationships', 'casting'],
    titles: { story_structure: 'Visual narrative', characters: 'Performers' },
    descriptions: {
      story_structure: 'The beats the video follows along the song.',
      characters: 'The artist, performers and featured characters.',
    },
    thresholds: { ...DRAMA, minCharacters: 1, minDevelopedCharacters: 1 },
  },
  commercial: {
    skip: ['relationships'],
    titles: { brand: 'Brand & product', story_structure: 'Spot structure' },
    descriptions: { story_structure: 'The beats of the spot: hook, product, call to action.' },
    thresholds: { ...DRAMA, minCharacters: 1, minDevelopedCharacters: 1 },
  },
};
