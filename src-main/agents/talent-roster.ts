// Imports a casting roster into a project and refreshes every character's suggestions (one undoable change).
import type { ChangeSummary } from '../../src-preload/contract/dto';
import type { Talent } from '../../src-preload/contract/entities';
import { rankTalents } from '../domain/casting-match';
import type { RosterTalent } from '../formats/csv/read-talent-roster';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectSession } from '../store/project-session';

/** Suggestions kept per character, best first. */
const PER_CHARACTER = 3;

export interface RosterImportCounts {
  added: number;
  updated: number;
  suggestions: number;
  /** The one undoable change the import made. */
  change: ChangeSummary;
}

/** Adds the roster's talents (a talent already on the roster, by name, is updated) and re-ranks casting. */
export async function importTalentRoster(
  session: ProjectSession,
  roster: readonly RosterTalent[],
  file: string,
): Promise<RosterImportCounts> {
  const builder = new ChangeBuilder(session.file, { via: 'import' });
  const counts = { added: 0, updated: 0, suggestions: 0 };
  for (const { line: _line, ...data } of roster) {
    const existing = builder.work.entities.talents.find(
      (t) => t.name.toLowerCase() === data.name.toLowerCase(),
    );
    if (existing) {
      builder.update('talent', existing.id, { ...data });
      counts.updated += 1;
    } else {
      builder.create('talent', { ...data });
      counts.added += 1;
    }
  }
  counts.suggestions = refreshSuggestions(builder);
  const change = await session.commit(`Import talent roster ${file}`, builder.ops);
  return { ...counts, change };
}

/** Replaces each character's suggestions with the best PER_CHARACTER of the whole roster. */
function refreshSuggestions(builder: ChangeBuilder): number {
  const work = builder.work;
  const talents: Talent[] = work.entities.talents;
  let total = 0;
  for (const character of work.entities.characters) {
    const best = rankTalents(character, talents, work.project.genre).slice(0, PER_CHARACTER);
    const keep = new Set(best.map((b) => b.talent.id));
    // The shortlist and the decision are the user's: re-ranking never drops them.
    for (const old of work.entities.castings.filter(
      (c) => c.characterId === character.id && !keep.has(c.talentId) && !c.shortlisted && !c.chosen,
    ))
      builder.delete('casting', old.id);
    for (const fit of best) {
      const current = builder.work.entities.castings.find(
        (c) => c.characterId === character.id && c.talentId === fit.talent.id,
      );
      const data = { score: fit.score, reasons: fit.reasons };
      if (current) builder.update('casting', current.id, data);
      else builder.create('casting', { characterId: character.id, talentId: fit.talent.id, ...data });
      total += 1;
    }
  }
  return total;
}
