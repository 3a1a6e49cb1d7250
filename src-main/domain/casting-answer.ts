// Answers "who could play Sarah?": the project's roster ranked for that character, best fit first, with reasons.
import type { EntityRef } from '../../src-preload/contract/dto';
import type { Character } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { rankTalents } from './casting-match';
import { refMarker } from './entity-refs';

/** Questions about who should play a part. */
export const CASTING_QUESTION =
  /\bwho (?:could|should|can|would|might|will) play\b|\bwho (?:fits|suits)\b|\b(?:cast|casting) (?:for|as)\b|\bactors? for\b|\btalents? for\b/;

/** The best `limit` talents of the roster for `c`, each with its fit and reasons. */
export function castingAnswer(
  file: ProjectFile,
  c: Character,
  limit = 3,
): { text: string; refs: EntityRef[] } {
  const charRef: EntityRef = { type: 'character', id: c.id, name: c.name };
  const talents = file.entities.talents;
  if (talents.length === 0) {
    return {
      text: `The roster is empty, so I cannot suggest anyone for ${refMarker(charRef)} yet. Import one with \`storyloom talent import <project> roster.csv\`.`,
      refs: [charRef],
    };
  }
  const ranked = rankTalents(c, talents, file.project.genre).slice(0, limit);
  const lines = ranked.map(
    (r, i) =>
      `${i + 1}. ${refMarker({ type: 'talent', id: r.talent.id, name: r.talent.name })} — ${Math.round(r.score * 100)}% fit: ${r.reasons.join('; ')}.`,
  );
  return {
    text: [`Best fits for ${refMarker(charRef)} from the roster of ${talents.length}:`, ...lines].join('\n'),
    refs: [charRef, ...ranked.map((r) => ({ type: 'talent', id: r.talent.id, name: r.talent.name }))],
  };
}
