// Public API of the offline content generators: one function per pipeline stage, plus a whole-package helper.
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { defaultTalentPool, generateCasting } from './casting';
import { generateCharacters } from './characters';
import { generateLocations } from './locations';
import { generateRelationships } from './relationships';
import { generateScenes } from './scenes';
import { generateShots } from './shots';
import { generateStory } from './story';
import type {
  CastingDraft,
  CharacterDraft,
  GenerateParams,
  LocationDraft,
  RelationshipDraft,
  SceneDraft,
  ShotDraft,
  StoryDraft,
  TalentDraft,
} from './types';

export * from './types';
export { defaultTalentPool, generateCasting, scoreTalent } from './casting';
export { generateCharacters } from './characters';
export { generateLocations } from './locations';
export { generateRelationships } from './relationships';
export { generateScenes } from './scenes';
export { generateShots } from './shots';
export { generateStory, storyChoices } from './story';
export { durationFromText, targetDuration } from './durations';
export { Rng, stageRng, subSeed, hash32 } from './rng';

/** Every stage's output for one idea. */
export interface GeneratedPackage {
  story: StoryDraft;
  characters: CharacterDraft[];
  locations: LocationDraft[];
  relationships: RelationshipDraft[];
  scenes: SceneDraft[];
  /** Shots per scene key. */
  shots: Record<string, ShotDraft[]>;
  talents: TalentDraft[];
  casting: CastingDraft[];
}

/** Runs all stages in order (each with its own sub-seed, so any stage can be re-run alone with the same result). */
export function generatePackage(params: GenerateParams, brief?: IdeaBrief): GeneratedPackage {
  const story = generateStory(params, brief);
  const characters = generateCharacters(story, params, [], brief);
  const locations = generateLocations(story, params, [], brief);
  const relationships = generateRelationships(story, characters, brief);
  const scenes = generateScenes(story, characters, locations, relationships, brief);
  const shots: Record<string, ShotDraft[]> = {};
  for (const s of scenes) shots[s.key] = generateShots(s, story, characters);
  const talents = defaultTalentPool();
  const casting = generateCasting(characters, talents, story);
  return { story, characters, locations, relationships, scenes, shots, talents, casting };
}
