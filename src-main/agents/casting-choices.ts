// Casting choices per character: the shortlist and the decision, kept on the character's casting entries.
import type { CastingSuggestion } from '../../src-preload/contract/entities';
import type { ChangeSummary } from '../../src-preload/contract/dto';
import { castingFit } from '../domain/casting-match';
import { AppFailure } from '../shared/failure';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectSession } from '../store/project-session';

function partOf(session: ProjectSession, characterId: string, talentId: string) {
  const { characters, talents } = session.file.entities;
  const character = characters.find((c) => c.id === characterId);
  if (!character)
    throw new AppFailure(
      'ENTITY_NOT_FOUND',
      `No character with id ${characterId} in this project.`,
      'Reload the project.',
    );
  const talent = talents.find((t) => t.id === talentId);
  if (!talent)
    throw new AppFailure(
      'ENTITY_NOT_FOUND',
      `No talent with id ${talentId} on this roster.`,
      'Reload the project.',
    );
  return { character, talent };
}

/** The casting entry of a pair, created with its fit when the talent was not among the suggestions. */
function entryFor(builder: ChangeBuilder, session: ProjectSession, characterId: string, talentId: string) {
  const found = builder.work.entities.castings.find(
    (c) => c.characterId === characterId && c.talentId === talentId,
  );
  if (found) return found;
  const { character, talent } = partOf(session, characterId, talentId);
  const fit = castingFit(character, talent, session.file.project.genre);
  return builder.create('casting', { characterId, talentId, score: fit.score, reasons: fit.reasons })
    .after as unknown as CastingSuggestion;
}

/** Puts a talent on (or takes it off) a character's shortlist; taking the chosen talent off reopens the part. */
export async function setShortlisted(
  session: ProjectSession,
  characterId: string,
  talentId: string,
  shortlisted: boolean,
): Promise<ChangeSummary> {
  partOf(session, characterId, talentId);
  const builder = new ChangeBuilder(session.file, { via: 'manual' });
  const entry = entryFor(builder, session, characterId, talentId);
  builder.update(
    'casting',
    entry.id,
    shortlisted ? { shortlisted: true } : { shortlisted: null, chosen: null },
  );
  const { character, talent } = partOf(session, characterId, talentId);
  const label = shortlisted
    ? `Shortlist ${talent.name} for ${character.name}`
    : `Take ${talent.name} off ${character.name}'s shortlist`;
  return session.commit(label, builder.ops);
}

/** Casts a talent as a character (on the shortlist too), or reopens the part with `talentId: null`. */
export async function decideCasting(
  session: ProjectSession,
  characterId: string,
  talentId: string | null,
): Promise<ChangeSummary> {
  const builder = new ChangeBuilder(session.file, { via: 'manual' });
  for (const c of session.file.entities.castings)
    if (c.characterId === characterId && c.chosen && c.talentId !== talentId)
      builder.update('casting', c.id, { chosen: null });
  if (talentId === null) {
    const character = session.file.entities.characters.find((c) => c.id === characterId);
    return session.commit(`Reopen the part of ${character?.name ?? 'the character'}`, builder.ops);
  }
  const { character, talent } = partOf(session, characterId, talentId);
  const entry = entryFor(builder, session, characterId, talentId);
  builder.update('casting', entry.id, { chosen: true, shortlisted: true });
  return session.commit(`Cast ${talent.name} as ${character.name}`, builder.ops);
}
