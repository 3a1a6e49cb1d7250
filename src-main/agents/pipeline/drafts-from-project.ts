// Drafts built from a project's own entities, so a partial project runs only its missing stages.
import type { Character, Location, Scene } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import type {
  CharacterDraft,
  LocationDraft,
  SceneDraft,
  StoryDraft,
} from '../../brains/offline/generate/types';

/** A personality with no leaning, for characters whose traits say nothing yet. */
export const NEUTRAL_PERSONALITY = {
  openness: 0.5,
  conscientiousness: 0.5,
  extraversion: 0.5,
  agreeableness: 0.5,
  neuroticism: 0.5,
};

export function characterDraftOf(c: Character): CharacterDraft {
  return {
    key: c.id,
    name: c.name,
    aliases: c.aliases,
    age: c.age ?? 35,
    gender: c.gender ?? 'unspecified',
    occupation: c.occupation ?? '',
    role: c.role ?? 'supporting',
    description: c.description ?? '',
    personality: c.personality ?? NEUTRAL_PERSONALITY,
    goals: c.goals,
    arc: c.arc ?? '',
    traits: c.traits,
    appearance: c.appearance ?? '',
    voiceNotes: c.voiceNotes ?? '',
    emotionalState: c.emotionalState ?? '',
  };
}

export function locationDraftOf(l: Location): LocationDraft {
  return {
    key: l.id,
    name: l.name,
    setting: l.setting ?? 'interior',
    description: l.description ?? '',
    timeOfDayOptions: l.timeOfDayOptions,
    props: l.props,
  };
}

export function sceneDraftOf(s: Scene): SceneDraft {
  return {
    key: s.id,
    number: s.number,
    heading: s.heading,
    locationKey: s.locationId ?? '',
    timeOfDay: s.timeOfDay ?? 'DAY',
    characterKeys: s.characterIds,
    summary: s.summary ?? '',
    elements: s.elements.map((e) => ({
      type: e.type,
      text: e.text,
      ...(e.characterId ? { characterKey: e.characterId } : {}),
    })),
    beatKey: s.beatId ?? '',
    durationSec: s.durationSec ?? 60,
    breakdown: s.breakdown,
    sceneType: s.elements.some((e) => e.type === 'dialogue') ? 'dialogue' : 'action',
  };
}

/** The story of a project that already has its structure (logline and beats), or null. */
export function storyDraftOf(file: ProjectFile): StoryDraft | null {
  const p = file.project;
  if (!p.logline || file.entities.beats.length === 0) return null;
  return {
    kind: p.kind,
    seed: p.seed,
    title: p.title ?? p.name,
    logline: p.logline,
    synopsis: p.synopsis ?? p.logline,
    genre: p.genre ?? 'drama',
    tone: p.tone ?? '',
    style: p.style ?? '',
    theme: p.theme ?? '',
    setting: '',
    targetDurationSec: p.targetDurationSec ?? 600,
    beatSheet: p.beatSheet ?? 'three-act',
    beats: [...file.entities.beats]
      .sort((a, b) => a.order - b.order)
      .map((b) => ({
        key: b.id,
        act: b.act,
        actName: b.actName ?? `Act ${b.act}`,
        order: b.order,
        name: b.name,
        summary: b.summary ?? '',
        targetSec: b.targetSec ?? 0,
      })),
  };
}
