// State of a generate run as it flows through the pipeline graph; each field is written by one stage.
import { Annotation } from '@langchain/langgraph';
import type {
  CastingDraft,
  CharacterDraft,
  LocationDraft,
  RelationshipDraft,
  SceneDraft,
  ShotDraft,
  StoryDraft,
} from '../../brains/offline/generate/types';

export const PipelineState = Annotation.Root({
  /** Title, logline, beats… (screenwriter). */
  story: Annotation<StoryDraft | null>({ reducer: (_a, b) => b, default: () => null }),
  /** The cast (character designer, or the project's own characters). */
  characters: Annotation<CharacterDraft[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** The places (location scout, or the project's own locations). */
  locations: Annotation<LocationDraft[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Who relates to whom (relationship writer). */
  relationships: Annotation<RelationshipDraft[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** The scene breakdown (scene breakdown). */
  scenes: Annotation<SceneDraft[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Shots per scene key (storyboard artist, one branch per scene; merged). */
  shots: Annotation<Record<string, ShotDraft[]>>({
    reducer: (a, b) => ({ ...a, ...b }),
    default: () => ({}),
  }),
  /** Casting suggestions (casting). */
  casting: Annotation<CastingDraft[]>({ reducer: (_a, b) => b, default: () => [] }),
  /** Set only on a storyboard branch: the scene this branch draws. */
  sceneKey: Annotation<string | null>({ reducer: (_a, b) => b, default: () => null }),
});

export type PipelineStateValue = typeof PipelineState.State;
export type PipelineStateUpdate = typeof PipelineState.Update;

/** The stages of the generate plan, in dependency order. */
export const STAGES = [
  'screenwriter',
  'character_designer',
  'location_scout',
  'relationship_writer',
  'scene_breakdown',
  'storyboard_artist',
  'shot_planner',
  'casting',
] as const;
export type StageName = (typeof STAGES)[number];
