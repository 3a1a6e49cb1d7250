// The casting board of one character: every talent of the roster ranked, with the shortlist and the decision.
import type { Character, Talent } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import type { CastingOption } from '../../src-preload/contract/production';
import { rankTalents } from './casting-match';

/** A talent's playing age as a casting sheet writes it ("45-58", or "30" for a single age). */
export const playingAgeOf = (t: Pick<Talent, 'ageMin' | 'ageMax'>): string =>
  t.ageMin === t.ageMax ? String(t.ageMin) : `${t.ageMin}-${t.ageMax}`;

/**
 * Every talent ranked for `character`, best fit first, each with its score, the reasons and whether it is on
 * the shortlist or chosen. The ranking is live (the roster may have changed since suggestions were stored).
 */
export function castingOptions(file: ProjectFile, character: Character): CastingOption[] {
  const mine = file.entities.castings.filter((c) => c.characterId === character.id);
  return rankTalents(character, file.entities.talents, file.project.genre).map((fit) => {
    const stored = mine.find((c) => c.talentId === fit.talent.id);
    return {
      talentId: fit.talent.id,
      name: fit.talent.name,
      playingAge: playingAgeOf(fit.talent),
      score: fit.score,
      reasons: fit.reasons,
      shortlisted: stored?.shortlisted === true || stored?.chosen === true,
      chosen: stored?.chosen === true,
    };
  });
}
