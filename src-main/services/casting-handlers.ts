// Handlers of casting: ranked options per character, shortlist, decision, and the talent CSV import with a column mapping.
import { castingOptions } from '../domain/casting-board';
import { decideCasting, setShortlisted } from '../agents/casting-choices';
import { importTalentRoster } from '../agents/talent-roster';
import { previewRoster, readTalentRoster } from '../formats/csv/read-talent-roster';
import { AppFailure } from '../shared/failure';
import type { Services } from './index';
import type { HandlerTable } from '../shared/handler-types';

type CastingHandlers = Pick<
  HandlerTable,
  'casting:options' | 'casting:shortlist' | 'casting:decide' | 'talent:previewCsv' | 'talent:importCsv'
>;

export function castingHandlers({ projects }: Services): CastingHandlers {
  return {
    'casting:options': async ({ projectId, characterId }) => {
      const session = await projects.open(projectId);
      const character = session.file.entities.characters.find((c) => c.id === characterId);
      if (!character)
        throw new AppFailure(
          'ENTITY_NOT_FOUND',
          `No character with id ${characterId} in this project.`,
          'Reload the project.',
        );
      return castingOptions(session.file, character);
    },
    'casting:shortlist': async ({ projectId, characterId, talentId, shortlisted }) => ({
      change: await setShortlisted(await projects.open(projectId), characterId, talentId, shortlisted),
    }),
    'casting:decide': async ({ projectId, characterId, talentId }) => ({
      change: await decideCasting(await projects.open(projectId), characterId, talentId),
    }),
    'talent:previewCsv': async ({ text }) => previewRoster(text),
    'talent:importCsv': async ({ projectId, fileName, text, mapping }) => {
      // Every row is read and checked before the project is touched: a bad row changes nothing.
      const roster = readTalentRoster(text, mapping);
      const session = await projects.open(projectId);
      const { change, ...counts } = await importTalentRoster(session, roster, fileName);
      return { ...counts, change };
    },
  };
}
