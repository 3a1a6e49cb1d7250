// A character's one-page sheet (profile, personality, goals, arc, relationships, scenes, wardrobe, casting, portrait).
import type { Character } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import type { CharacterSheet, CharacterSheetBody } from '../../src-preload/contract/production';
import { playingAgeOf } from './casting-board';
import { portraitSvg } from './portrait-card';
import { scenesInOrder } from './production-order';

const TRAITS = ['openness', 'conscientiousness', 'extraversion', 'agreeableness', 'neuroticism'] as const;

function profileOf(c: Character): CharacterSheet['profile'] {
  const lines: [string, string | undefined][] = [
    ['Role', c.role],
    ['Age', c.age !== undefined ? `${c.age}` : undefined],
    ['Gender', c.gender && c.gender !== 'unspecified' ? c.gender : undefined],
    ['Occupation', c.occupation],
    ['Also called', c.aliases.length ? c.aliases.join(', ') : undefined],
    ['Description', c.description],
    ['Appearance', c.appearance],
    ['Voice', c.voiceNotes],
    ['Emotional state', c.emotionalState],
  ];
  return lines
    .filter((l): l is [string, string] => Boolean(l[1]?.trim()))
    .map(([label, value]) => ({ label, value }));
}

function castingOf(c: Character, file: ProjectFile): CharacterSheet['casting'] {
  const talents = new Map(file.entities.talents.map((t) => [t.id, t]));
  return file.entities.castings
    .filter((s) => s.characterId === c.id && talents.has(s.talentId))
    .sort((a, b) => Number(b.chosen ?? 0) - Number(a.chosen ?? 0) || b.score - a.score)
    .map((s) => {
      const t = talents.get(s.talentId)!;
      return {
        talent: `${t.name} (plays ${playingAgeOf(t)})`,
        score: s.score,
        shortlisted: s.shortlisted === true || s.chosen === true,
        chosen: s.chosen === true,
      };
    });
}

function portraitStatusOf(job: NonNullable<Character['portrait']>): NonNullable<CharacterSheet['portrait']> {
  return {
    status: job.status,
    updatedAt: job.updatedAt,
    ...(job.error ? { error: job.error } : {}),
    ...(job.remedy ? { remedy: job.remedy } : {}),
    ...(job.model ? { model: job.model } : {}),
  };
}

/** Builds the sheet of one character: the app shows it and the character bible PDF prints it. */
export function characterSheetOf(file: ProjectFile, c: Character): CharacterSheetBody {
  const names = new Map(file.entities.characters.map((x) => [x.id, x.name]));
  const scenes = scenesInOrder(file);
  const sceneNumber = new Map(scenes.map((s) => [s.id, s.number]));
  return {
    characterId: c.id,
    name: c.name,
    profile: profileOf(c),
    personality: c.personality ? TRAITS.map((trait) => ({ trait, value: c.personality![trait] })) : [],
    traits: [...c.traits],
    goals: [...c.goals],
    ...(c.arc?.trim() ? { arc: c.arc.trim() } : {}),
    relationships: file.entities.relationships
      .filter((r) => r.sourceId === c.id || r.targetId === c.id)
      .map((r) => ({
        name: names.get(r.sourceId === c.id ? r.targetId : r.sourceId) ?? 'someone',
        kind: r.kind,
        ...(r.label ? { label: r.label } : {}),
        strength: r.strength,
        trust: r.trust,
      })),
    scenes: scenes
      .filter((s) => s.characterIds.includes(c.id) || s.elements.some((e) => e.characterId === c.id))
      .map((s) => ({ number: s.number, heading: s.heading })),
    wardrobe: c.wardrobe.map((w) => ({
      scene: sceneNumber.has(w.sceneId) ? `Scene ${sceneNumber.get(w.sceneId)}` : 'Scene',
      description: w.description,
    })),
    casting: castingOf(c, file),
    portraitSvg: portraitSvg(c),
    ...(c.portraitAssetId ? { portraitAssetId: c.portraitAssetId } : {}),
    ...(c.portrait ? { portrait: portraitStatusOf(c.portrait) } : {}),
  };
}
